-- string.gmatch: words, captures, key/value pairs, empty matches, anchors ('^' is literal in 5.1 gmatch).
for w in ("one two  three"):gmatch("%a+") do io.write("[", w, "]") end
print()
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do io.write(k, "->", v, " ") end
print()
local n = 0
for _ in ("abc"):gmatch("") do n = n + 1 end
print(n)
for pos in ("a b c"):gmatch("()%a") do io.write(pos, " ") end
print()
for x in ("^a^b"):gmatch("^%a") do io.write(x, " ") end
print()
local it = ("x y"):gmatch("%a")
print(it(), it(), it())
for a, b in ("ab cd ef"):gmatch("(%a)(%a)") do io.write(b, a, " ") end
print()
for num in ("1.5 -2 3e2 x"):gmatch("%S+") do io.write(tostring(tonumber(num)), " ") end
print()

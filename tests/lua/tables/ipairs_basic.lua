-- ipairs stops at the first nil; it returns a function, the table and 0.
local t = {"a", "b", "c", nil, "e"}
for i, v in ipairs(t) do print(i, v) end
local count = 0
for _ in ipairs({}) do count = count + 1 end
print(count)
local f, s, i = ipairs(t)
print(type(f), s == t, i)
print(f(t, 0))
print(f(t, 2))
print(f(t, 3))
local u = {[1] = 1, [2] = 2, [4] = 4}
for i, v in ipairs(u) do io.write(i, ":", v, " ") end
print()
print(pcall(ipairs))
for i, v in ipairs({[0] = "zero", "one"}) do print(i, v) end

-- Numeric for: string bounds are coerced (5.1's forprep uses tonumber), invalid ones
-- give "'for' initial value/limit/step must be a number"; zero step, NaN and inf bounds.
for i = "1", "3" do io.write(i, type(i), " ") end print()
for i = " 0x2 ", 6, "2" do io.write(i, " ") end print()
print(pcall(function() for i = "a", 2 do end end))
print(pcall(function() for i = 1, "b" do end end))
print(pcall(function() for i = 1, 2, "c" do end end))
print(pcall(function() for i = nil, 2 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, false do end end))
local n = 0
for i = 1, 0/0 do n = n + 1 end
for i = 0/0, 1 do n = n + 1 end
print(n)
n = 0
for i = 1, 3, 0/0 do n = n + 1 if n > 5 then break end end
print(n)
n = 0
for i = 1, math.huge do n = n + 1 if n >= 4 then break end end
print(n)
n = 0
for i = -math.huge, 0 do n = n + 1 if n >= 3 then break end end
print(n)
for i = 3, 1 do print("never") end
for i = 1, 1 do print("once", i) end
for i = 1.5, 3.5 do io.write(i, " ") end print()
for i = 1, 2, 0.5 do io.write(i, " ") end print()
for i = 10, 1, -3 do io.write(i, " ") end print()

-- pairs: returns next, the table and nil; errors for non-tables; the loop
-- sees integer keys, string keys and boolean keys.
local f, s, c = pairs({})
print(f == next, type(s), c)
local t = {}
local f2, s2 = pairs(t)
print(s2 == t)
print(pcall(pairs))
print(pcall(pairs, nil))
print(pcall(pairs, 1))
print(pcall(pairs, "x"))
print(pcall(pairs, true))
local n = 0
for k, v in pairs({1, 2, 3, [10] = 10, x = "x", [true] = false}) do n = n + 1 end
print(n)
local sum = 0
for k, v in pairs({5, 6, 7}) do sum = sum + k * v end
print(sum)
-- __pairs is not consulted in 5.1
local p = setmetatable({a = 1}, {__pairs = function() error("not called") end})
for k, v in pairs(p) do print(k, v) end
local kinds = {}
for k in pairs({[1] = 1, [2.5] = 1, s = 1, [false] = 1}) do kinds[#kinds + 1] = type(k) end
table.sort(kinds)
print(table.concat(kinds, " "))

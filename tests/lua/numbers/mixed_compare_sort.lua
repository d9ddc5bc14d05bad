-- Sorting numbers including negative zero, fractions, huge values (NaN excluded).
local t = {3, -1, 0.5, 1e10, -math.huge, math.huge, 2^53, -2.25, 7, 0}
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
print(math.max(3, 7.5, -2), math.min(3, 7.5, -2))
print(math.max(1), math.min(-0.5))
print(pcall(math.max))

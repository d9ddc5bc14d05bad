-- table.sort errors: bad comparator results ("invalid order function"), type errors.
print(pcall(table.sort, {1, 2, 3}, 5))
print(pcall(table.sort, nil))
print(pcall(table.sort, {1, nil, 3}))
local t = {}
for i = 1, 50 do t[i] = (i * 7) % 13 end
print(pcall(table.sort, t, function(a, b) return true end))

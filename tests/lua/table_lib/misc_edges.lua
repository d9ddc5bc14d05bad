-- table library corners: getn/setn, maxn with holes and non-integer keys, insert/remove at
-- the borders, concat ranges and separators, unpack ranges.
local t = {1, 2, 3, nil, 5}
print(table.getn({}), table.getn({1, 2}), table.maxn(t))
print(table.maxn({[1.5] = true, [-3] = 1, x = 2}), table.maxn({[100] = 1, [2] = 2}))
print(pcall(table.setn, {}, 3))
print(pcall(table.getn, nil))
print(pcall(table.maxn, "s"))
local a = {}
table.insert(a, "x")
table.insert(a, 1, "y")
table.insert(a, #a + 1, "z")
print(table.concat(a, ","))
print(pcall(table.insert, a, 1, 2, 3))
print(pcall(table.insert, a))
print(pcall(table.insert, nil, 1))
print(table.remove(a), table.remove(a, 1), table.concat(a, ","))
print(table.remove({}), table.remove({}, 1), select("#", table.remove({})))
local b = {1, 2, 3}
print(table.remove(b, 5), #b)
print(table.concat({1, 2, 3}, ", ", 2), table.concat({1, 2, 3}, "", 3, 2) == "")
print(table.concat({"a", "b", "c"}, "-", 1, 3), table.concat({}, "x"))
print(pcall(table.concat, {1, {}, 3}))
print(pcall(table.concat, {1, 2}, "-", 1, 3))
print(unpack({1, 2, 3}, 2), unpack({1, 2, 3}, 2, 5))
print(select("#", unpack({}, 1, 0)), select("#", unpack({1, 2}, 3)))
print(pcall(unpack))
local s = {5, 2, 8, 1}
table.sort(s, function(x, y) return x > y end)
print(table.concat(s, " "))
print(pcall(table.sort, {3, 1, "x"}))
print(pcall(table.sort, {1, 2}, 3))

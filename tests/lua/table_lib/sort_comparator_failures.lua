-- table.sort: errors raised by the comparator and by comparing mixed types propagate
-- with their messages; a sorted result is compared only after a successful sort.
local t = {5, 3, 8, 1, 9, 2}
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
print(pcall(table.sort, {3, 1, 2}, function(a, b) error("cmp failed") end))
print(pcall(table.sort, {3, 1, 2}, function(a, b) error({}) end) == false)
print(pcall(table.sort, {3, "x", 2}))
print(pcall(table.sort, {3, {}, 2}))
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort, {1, 2}, 42))
print(pcall(table.sort, {1, 2}, "x"))
print(pcall(table.sort, nil))
print(pcall(table.sort, {3, 1, nil, 2}))
local words = {"pear", "Apple", "fig", "banana", "apple"}
table.sort(words)
print(table.concat(words, " "))
table.sort(words, function(a, b) return a:lower() < b:lower() or (a:lower() == b:lower() and a < b) end)
print(table.concat(words, " "))
local mt = {__lt = function(a, b) return a.v < b.v end}
local objs = {}
for _, v in ipairs({4, 2, 7, 1}) do objs[#objs + 1] = setmetatable({v = v}, mt) end
table.sort(objs)
for _, o in ipairs(objs) do io.write(o.v, " ") end
print()
local one = {1}
table.sort(one)
table.sort({})
print(one[1])
print(pcall(table.sort, {1, 2, 3}, function(a, b) return nil + a end))

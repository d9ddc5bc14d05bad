-- table.sort: errors raised inside comparators propagate, inconsistent
-- comparators give "invalid order function for sorting", mixed types fail to
-- compare, nil holes, and argument errors.
print(pcall(table.sort, {3, 1, 2}, function(a, b) error("cmp failed") end))
local okt, et = pcall(table.sort, {3, 1, 2}, function(a, b) error({tag = "tbl"}) end)
print(okt, type(et), et.tag)
print(pcall(table.sort, {3, 1, 2}, function(a, b) return a.x < b.x end))
local big = {}
for i = 1, 100 do big[i] = (i * 37) % 101 end
print(pcall(table.sort, big, function(a, b) return true end))
local big2 = {}
for i = 1, 100 do big2[i] = i end
print(pcall(table.sort, big2, function(a, b) return a <= b end))
print(pcall(table.sort, {1, "x"}))
print(pcall(table.sort, {"x", 1}))
print(pcall(table.sort, {1, 2, {}}))
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort, {true, false}))
print(pcall(table.sort, {1, nil, 2}))
print(pcall(table.sort, {nil, nil, 1}))
print(pcall(table.sort, {3, 2, 1}, "not a function"))
print(pcall(table.sort, {3, 2, 1}, {}))
print(pcall(table.sort))
print(pcall(table.sort, "abc"))
local t = {3, 1, 2}
print(pcall(table.sort, t, nil), table.concat(t, ","))
local s = {"b", "a", "C", "B"}
table.sort(s)
print(table.concat(s, ","))
table.sort(s, function(a, b) return a:lower() < b:lower() end)
print(s[1]:lower(), s[3]:lower())
local mixed = {"10", "9", "100"}
table.sort(mixed)
print(table.concat(mixed, ","))
local cmp_mt = {__lt = function(a, b) return a.v < b.v end}
local objs = {}
for i, v in ipairs({5, 3, 9, 1}) do objs[i] = setmetatable({v = v}, cmp_mt) end
table.sort(objs)
print(objs[1].v, objs[2].v, objs[3].v, objs[4].v)
print(select("#", table.sort({})))
print(pcall(function() table.sort({1, "a", 2, "b"}) end))

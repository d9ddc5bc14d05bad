-- table.sort with comparators, invalid order functions and errors
local t = {5, 2, 8, 1, 9, 3}
table.sort(t) print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end) print(table.concat(t, " "))
local s = {"b", "a", "C", "B"}
table.sort(s) print(table.concat(s, " "))
print(pcall(table.sort, {1, "a", 2}))
print(pcall(table.sort, {1, 2, 3}, 5))
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort))
local ok = pcall(table.sort, {3, 1, 2, 5, 4, 7, 6, 9, 8, 10, 12, 11}, function(a, b) return true end)
print("always-true order", ok)
local words = {}
for w in ("the quick brown fox jumps over the lazy dog"):gmatch("%a+") do words[#words + 1] = w end
table.sort(words, function(a, b) if #a ~= #b then return #a < #b end return a < b end)
print(table.concat(words, " "))
local recs = {{n = 3}, {n = 1}, {n = 2}}
table.sort(recs, function(a, b) return a.n < b.n end)
print(recs[1].n, recs[2].n, recs[3].n)
table.sort({}) table.sort({1})
local mt = setmetatable({}, {__lt = function(a, b) return a.v < b.v end})
local objs = {}
for i, v in ipairs({4, 2, 3, 1}) do objs[i] = setmetatable({v = v}, getmetatable(mt)) end
table.sort(objs) print(objs[1].v, objs[2].v, objs[3].v, objs[4].v)

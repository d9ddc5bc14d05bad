-- table.sort: exact element order for odd comparators, comparison counts, errors
local t = {} for i = 1, 40 do t[i] = (i * 37) % 41 end
print(pcall(table.sort, t, function(a, b) return (a * 7) % 5 < (b * 3) % 5 end))
print(table.concat(t, " "))
local u = {} for i = 1, 30 do u[i] = {k = i % 4, id = i} end
table.sort(u, function(a, b) return a.k < b.k end)
local ids = {} for i, v in ipairs(u) do ids[i] = v.id end print(table.concat(ids, " "))
local ok, e = pcall(table.sort, {5, 3, nil, 1})
print(ok, e)
local calls = 0
local w = {} for i = 1, 50 do w[i] = (i * 13) % 17 end
table.sort(w, function(a, b) calls = calls + 1 return a < b end)
print(calls, table.concat(w, " "))
print(pcall(table.sort, {3, 2, 1}, function(a, b) error("cmp error") end))
local r = {} for i = 1, 20 do r[i] = 21 - i end
print(pcall(table.sort, r, function(a, b) return a <= b end))
print(table.concat(r, " "))

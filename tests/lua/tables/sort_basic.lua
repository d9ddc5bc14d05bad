-- table.sort: default order, custom comparators, strings, invalid comparisons.
local t = {5, 2, 8, 1, 9, 3, 7, 4, 6, 0}
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local s = {"banana", "apple", "Cherry", "date"}
table.sort(s)
print(table.concat(s, " "))
table.sort(s, function(a, b) return a:lower() < b:lower() end)
print(table.concat(s, " "))
local recs = {{n = "b", a = 2}, {n = "a", a = 3}, {n = "c", a = 1}}
table.sort(recs, function(x, y) return x.a < y.a end)
for _, r in ipairs(recs) do io.write(r.n, " ") end
print()
print(pcall(table.sort, {3, "a", 1}))
print(pcall(table.sort, {{}, {}}))
local one = {42}
table.sort(one)
print(one[1])
local e = {}
table.sort(e)
print(#e)
local big = {}
for i = 1, 200 do big[i] = (i * 37) % 101 end
table.sort(big)
local ok = true
for i = 2, #big do if big[i - 1] > big[i] then ok = false end end
print(ok, big[1], big[200])

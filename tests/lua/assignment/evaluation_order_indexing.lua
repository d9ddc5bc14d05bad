-- Assignments evaluate table and key expressions before the right-hand side; calls on the
-- left run left to right; a[i], i = i, 2 uses the old i for the index.
local log = {}
local function L(tag, v) log[#log + 1] = tag; return v end
local t = {}
L("a", t)[L("k1", 1)], L("b", t)[L("k2", 2)] = L("v1", "x"), L("v2", "y")
print(table.concat(log, " "), t[1], t[2])
local i = 1
local a = {}
a[i], i = i + 10, 2
print(a[1], a[2], i)
local arr = {1, 2, 3}
local j = 1
j, arr[j] = j + 1, "new"
print(j, arr[1], arr[2])
local x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
local s = {n = 0}
local function inc() s.n = s.n + 1; return s.n end
s[inc()], s[inc()] = inc(), inc()
local keys = {}
for k, v in pairs(s) do if type(k) == "number" then keys[#keys + 1] = k .. "=" .. v end end
table.sort(keys)
print(table.concat(keys, " "), s.n)

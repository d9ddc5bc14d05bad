-- Tables are compared by identity; copies are different objects.
local a = {1, 2}
local b = {1, 2}
local c = a
print(a == b, a == c, a ~= b)
c[1] = 99
print(a[1])
local function copy(t) local r = {}; for k, v in pairs(t) do r[k] = v end; return r end
local d = copy(a)
print(d == a, d[1], d[2])
local set = {}
set[a] = true
print(set[a], set[b], set[c])

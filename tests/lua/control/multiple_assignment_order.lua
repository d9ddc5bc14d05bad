-- Multiple assignment: all expressions are evaluated before any store; PUC stores from
-- right to left, so repeated targets keep the leftmost value; swaps through fields.
local a, a2 = 1, 2
a, a = 10, 20
print(a)
local t = {}
t[1], t[1] = "first", "second"
print(t[1])
t.x, t.y = 1, 2
t.x, t.y = t.y, t.x
print(t.x, t.y)
local i = 1
local arr = {"a", "b", "c"}
i, arr[i] = i + 1, "changed"
print(i, arr[1], arr[2])
local log = {}
local mt = {__newindex = function(tt, k, v) log[#log + 1] = k .. "=" .. tostring(v); rawset(tt, k, v) end}
local p = setmetatable({}, mt)
p.a, p.b, p.c = 1, 2, 3
print(table.concat(log, " "))
local function two() return "x", "y" end
local q, r, s = two()
print(q, r, s)
q, r, s = two(), "z"
print(q, r, s)
q, r, s = (two())
print(q, r, s)
local x, y = 1
print(x, y)
x, y = 1, 2, print("extra evaluated")
print(x, y)
g1, g2 = "G1", "G2"
g1, g2 = g2, g1
print(g1, g2)
local m = {}
local k = "k"
m[k], k = "v", "other"
print(m.k, m.other, k)

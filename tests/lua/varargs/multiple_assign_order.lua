-- multiple assignment: evaluation order, swaps and extra values
local a, b, c = 1
print(a, b, c)
local x, y = 1, 2, 3
print(x, y)
x, y = y, x
print(x, y)
local t = {}
local i = 1
i, t[i] = i + 1, 20
print(i, t[1], t[2])
local function f() return 1, 2, 3 end
local p, q, r, s = f()
print(p, q, r, s)
local p2, q2 = f(), 10
print(p2, q2)
local u = {f(), f()}
print(#u)
local v = {f(), (f())}
print(#v)
local w = {(f())}
print(#w)
local log = {}
local mt = setmetatable({}, {__newindex = function(_, k, v) log[#log + 1] = k .. "=" .. tostring(v) end})
mt.a, mt.b, mt.c = 1, 2
print(table.concat(log, " "))

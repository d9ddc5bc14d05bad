-- Order of evaluation in assignments: expressions are evaluated before any store.
local log = {}
local function v(name, val) log[#log + 1] = name; return val end
local t = {}
t[v("k1", 1)], t[v("k2", 2)] = v("e1", "a"), v("e2", "b")
print(table.concat(log, " "), t[1], t[2])
local a = {}
local i = 1
i, a[i] = i + 1, 20
print(i, a[1], a[2])
local x, y = 1, 2
x, y = y, x
print(x, y)
local obj = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = "set" .. k; rawset(t, k, v) end})
log = {}
obj.a, obj.b, obj.c = 1, 2, 3
print(#log, table.concat(log, " "))

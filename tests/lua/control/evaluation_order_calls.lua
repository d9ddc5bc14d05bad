-- evaluation order of operands, keys, values, arguments and method receivers
local log = {}
local function f(tag) return function() log[#log + 1] = tag return tag end end
local t = {}
t[f("k1")()], t[f("k2")()] = f("v1")(), f("v2")()
print(table.concat(log, " "))
log = {}
local x = f("a")() .. f("b")() .. f("c")()
print(table.concat(log, " "), x)
log = {}
local y = f(1)() + f(2)() * f(3)()
print(table.concat(log, " "), y)
log = {}
local z = {f("p")(), k = f("q")(), f("r")()}
print(table.concat(log, " "))
log = {}
print(f("arg1")(), f("arg2")())
print(table.concat(log, " "))
log = {}
local cmp = f(1)() < f(2)()
print(table.concat(log, " "), cmp)
log = {}
local obj = {m = function(self, a, b) return a .. b end}
local function getobj() log[#log + 1] = "obj" return obj end
print(getobj():m(f("x")(), f("y")()), table.concat(log, " "))
local i = 1
local arr = {10, 20, 30}
i, arr[i] = i + 1, 99
print(i, arr[1], arr[2])
local a, b, c = (function() return 1, 2, 3 end)()
a, b, c = c, a, b
print(a, b, c)

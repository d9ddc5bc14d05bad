-- __eq is tried only for two tables (or two userdata) whose __eq metamethods are the same
-- value; results are converted to booleans; never called for rawequal values or mixed types.
local calls = 0
local function eq(a, b) calls = calls + 1; return a.v == b.v end
local m1 = {__eq = eq}
local m2 = {__eq = eq}
local m3 = {__eq = function() return true end}
local a = setmetatable({v = 1}, m1)
local b = setmetatable({v = 1}, m2)
local c = setmetatable({v = 1}, m3)
local d = {v = 1}
print(a == b, b == a, calls)
print(a == c, c == a, calls)
print(a == d, d == a, calls)
print(a == a, calls)
print(a ~= b, calls)
local m4 = {__eq = function() return "yes" end}
local x, y = setmetatable({}, m4), setmetatable({}, m4)
print(x == y, x ~= y)
local m5 = {__eq = function() return nil end}
local p, q = setmetatable({}, m5), setmetatable({}, m5)
print(p == q, p ~= q)
print(setmetatable({}, m4) == 1, 1 == setmetatable({}, m4), "1" == 1)
local u1, u2 = newproxy(true), newproxy(true)
getmetatable(u1).__eq = eq
getmetatable(u2).__eq = eq
local uv = 0
getmetatable(u1).__index = function() uv = uv + 1; return uv end
getmetatable(u2).__index = getmetatable(u1).__index
print(u1 == u2, calls)
print(u1 == setmetatable({}, m1))
local m6 = {__eq = function(a, b) error("eq called") end}
print(pcall(function() return setmetatable({}, m6) == setmetatable({}, m6) end))
print(pcall(function() local o = setmetatable({}, m6); return o == o end))
-- tables used as keys are not compared with __eq
local k1, k2 = setmetatable({v = 1}, m1), setmetatable({v = 1}, m1)
local t = {[k1] = "one"}
print(t[k2], t[k1])

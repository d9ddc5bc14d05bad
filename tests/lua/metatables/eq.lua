-- __eq: only called for two tables (or two userdata) that share the same __eq.
local eqf = function(a, b) return a.v == b.v end
local mt1 = {__eq = eqf}
local mt2 = {__eq = eqf}
local mt3 = {__eq = function() return true end}
local a = setmetatable({v = 1}, mt1)
local b = setmetatable({v = 1}, mt1)
local c = setmetatable({v = 1}, mt2)
local d = setmetatable({v = 1}, mt3)
print(a == b, a ~= b, a == c, a == d, d == a)
print(a == 1, a == "x", a == nil)
print(rawequal(a, b))
local t = {}
t[a] = "a"
print(t[b])
local always = setmetatable({}, {__eq = function() return 1 end})
local always2 = setmetatable({}, getmetatable(always))
print(always == always2, always ~= always2)
local calls = 0
local same = setmetatable({}, {__eq = function() calls = calls + 1; return false end})
print(same == same, calls)

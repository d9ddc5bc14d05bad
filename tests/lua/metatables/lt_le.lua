-- __lt and __le; in 5.1 a missing __le falls back to not (b < a) using __lt.
local mt = {}
mt.__lt = function(a, b) print("lt", a.v, b.v); return a.v < b.v end
local function V(v) return setmetatable({v = v}, mt) end
local x, y = V(1), V(2)
print(x < y, x > y)
print(x <= y, x >= y)
mt.__le = function(a, b) print("le", a.v, b.v); return a.v <= b.v end
print(x <= y, x >= y)
print(pcall(function() return x < 1 end))
local other = setmetatable({v = 5}, {__lt = mt.__lt, __le = mt.__le})
print(pcall(function() return x < other end))
print(pcall(function() return {} < {} end))
print(pcall(function() return {} <= {} end))
local r = setmetatable({}, {__lt = function() return "yes" end})
local r2 = setmetatable({}, getmetatable(r))
print(r < r2, r > r2)

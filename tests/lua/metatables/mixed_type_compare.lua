-- __lt/__le are only tried when both operands have the same type and the same metamethod.
local mt = {__lt = function() return true end, __le = function() return true end}
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
print(a < b, a <= b, a > b, a >= b)
print(pcall(function() return a < 1 end))
print(pcall(function() return 1 <= a end))
local c = setmetatable({}, {__lt = function() return false end})
print(pcall(function() return a < c end))
local u = newproxy(true)
getmetatable(u).__lt = function() return "ud" end
local u2 = newproxy(u)
print(u < u2)

-- __eq is never called when the operand types differ or values are primitive.
local called = false
local mt = {__eq = function() called = true; return true end}
local t = setmetatable({}, mt)
print(t == 1, t == "t", t == nil, t == false, called)
local u = newproxy(true)
getmetatable(u).__eq = mt.__eq
print(t == u, called)

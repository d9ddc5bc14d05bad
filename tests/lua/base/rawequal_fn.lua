-- rawequal compares without __eq; numbers and strings by value.
local a, b = {}, {}
setmetatable(a, {__eq = function() return true end})
setmetatable(b, getmetatable(a))
print(a == b, rawequal(a, b), rawequal(a, a))
print(rawequal(1, 1.0), rawequal("a", "a"), rawequal(nil, nil), rawequal(nil, false))
print(pcall(rawequal))
print(rawequal(0, -0))

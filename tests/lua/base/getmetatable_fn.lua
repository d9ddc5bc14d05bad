-- getmetatable for tables, strings, other values; __metatable field.
print(getmetatable({}), getmetatable(1), getmetatable(nil))
local mt = {}
local t = setmetatable({}, mt)
print(getmetatable(t) == mt)
print(getmetatable("s") == getmetatable("other"), type(getmetatable("s")))
mt.__metatable = "hidden"
print(getmetatable(t))
mt.__metatable = nil
print(getmetatable(t) == mt)

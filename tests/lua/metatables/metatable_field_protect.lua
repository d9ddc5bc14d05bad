-- __metatable protects getmetatable/setmetatable; strings share one metatable
local t = setmetatable({}, {__metatable = "locked"})
print(getmetatable(t))
print(pcall(setmetatable, t, {}))
print(pcall(setmetatable, t, nil))
local u = setmetatable({}, {__metatable = false})
print(getmetatable(u))
print(pcall(setmetatable, u, {}))
print(getmetatable("x").__metatable, type(getmetatable("x")))
print(getmetatable(1), getmetatable(nil), getmetatable(print))
print(pcall(setmetatable, "x", {}))
local v = {}
print(setmetatable(v, nil) == v, getmetatable(v))

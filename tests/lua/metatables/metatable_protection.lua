-- __metatable: getmetatable returns it, setmetatable fails on protected tables.
local t = setmetatable({}, {__metatable = "locked"})
print(getmetatable(t))
print(pcall(setmetatable, t, {}))
print(pcall(setmetatable, t, nil))
local u = setmetatable({}, {__metatable = false})
print(getmetatable(u))
print(pcall(setmetatable, u, {}))
print(getmetatable("abc").__metatable)
print(pcall(setmetatable, {}, 1))
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, {}))
local v = {}
print(setmetatable(v, nil) == v, getmetatable(v))
local mt = {}
print(getmetatable(setmetatable({}, mt)) == mt)
print(getmetatable(1), getmetatable(nil), getmetatable(print))

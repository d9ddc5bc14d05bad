-- setmetatable argument checks and return value.
local t = {}
print(setmetatable(t, {}) == t)
print(pcall(setmetatable, t))
print(pcall(setmetatable, t, "x"))
print(pcall(setmetatable, "x", {}))
print(setmetatable(t, nil) == t, getmetatable(t))

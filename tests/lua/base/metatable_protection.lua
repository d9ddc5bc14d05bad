-- __metatable: getmetatable returns the field's value (any type, even false),
-- setmetatable refuses to change or remove a protected metatable, and the
-- argument checks of setmetatable/getmetatable.
local t = setmetatable({}, {__metatable = "locked"})
print(getmetatable(t))
print(pcall(setmetatable, t, {}))
print(pcall(setmetatable, t, nil))
local f = setmetatable({}, {__metatable = false})
print(getmetatable(f))
print(pcall(setmetatable, f, {}))
local z = setmetatable({}, {__metatable = 0})
print(getmetatable(z), pcall(setmetatable, z, nil))
local inner = {}
local w = setmetatable({}, {__metatable = inner})
print(getmetatable(w) == inner)
local mt = {}
local u = setmetatable({}, mt)
print(getmetatable(u) == mt)
print(setmetatable(u, nil) == u, getmetatable(u))
print(pcall(setmetatable, {}, 1))
print(pcall(setmetatable, {}, "x"))
print(pcall(setmetatable, {}))
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, "s", {}))
print(pcall(setmetatable, nil, {}))
print(pcall(setmetatable))
print(pcall(getmetatable))
print(getmetatable(1), getmetatable(nil), getmetatable(true), getmetatable(print))
print(getmetatable("").__index == string, getmetatable("abc") == getmetatable(""))
-- the string metatable is not protected in 5.1 but setmetatable only takes tables
print(pcall(setmetatable, "", nil))
-- __metatable set after setmetatable still protects
local late = {}
local lt = setmetatable({}, late)
late.__metatable = "late"
print(getmetatable(lt), pcall(setmetatable, lt, {}))
late.__metatable = nil
print(getmetatable(lt) == late, setmetatable(lt, nil) == lt)
-- a userdata from newproxy with __metatable
local p = newproxy(true)
getmetatable(p).__metatable = "proxy"
print(getmetatable(p))

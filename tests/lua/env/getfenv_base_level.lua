-- getfenv/setfenv by level through pcall: builtins on the way (pcall itself, the C function that
-- runs the main chunk at the bottom) have the globals, and their environment cannot be set.
local function f() return getfenv(3) == _G end
print(pcall(f))
print(select(2, pcall(getfenv, 1)) == _G, select(2, pcall(getfenv, 2)) == _G)
print(select(2, pcall(getfenv, 3)) == _G)
print(pcall(getfenv, 4))
print(pcall(function() return getfenv(4) == _G end))
print(pcall(function() return getfenv(5) end))
print(pcall(function() local ok, e = pcall(getfenv, 4) return ok, e == _G end))
print(pcall(setfenv, 3, {}))
print(pcall(function() return setfenv(4, {}) end))
print(pcall(function() return setfenv(5, {}) end))
print(pcall(setfenv, 1, {}))
local env = setmetatable({}, {__index = _G})
local co = coroutine.create(function()
  print(getfenv(1) == _G, select(2, pcall(getfenv, 2)) == _G)
  print(pcall(getfenv, 3))
  print(type(select(2, pcall(setfenv, 2, {}))))
end)
coroutine.resume(co)
local t = {}
setfenv(1, setmetatable(t, {__index = _G}))
print(getfenv(1) == t, select(2, pcall(getfenv, 2)) == t, select(2, pcall(getfenv, 3)) == _G)

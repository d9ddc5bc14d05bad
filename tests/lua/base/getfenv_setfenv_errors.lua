-- getfenv/setfenv levels and errors
print(getfenv(0) == _G, getfenv(1) == _G, getfenv() == _G)
print(pcall(getfenv, -1))
print(pcall(getfenv, 100))
print(pcall(setfenv, print, {}))
print(pcall(setfenv, 100, {}))
print(pcall(setfenv, 1, nil))
local function f() return x end
local env = {x = "from env"}
print(setfenv(f, env) == f, f(), getfenv(f) == env)
print(getfenv(print) == _G)
local co = coroutine.create(function() return 1 end)
print(pcall(setfenv, co, {}))
print(pcall(getfenv, "x"))
print(type(getfenv(setmetatable)))
local gf = getfenv
local g = function() return gf(1) end
setfenv(g, env)
print(g() == env)

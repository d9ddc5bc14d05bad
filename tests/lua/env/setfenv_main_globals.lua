-- changing the environment of the running chunk redirects global access
local print, setfenv, getfenv, G = print, setfenv, getfenv, _G
x = "global x"
local newenv = setmetatable({x = "env x"}, {__index = G})
setfenv(1, newenv)
print(x, G.x)
y = "set in env"
print(rawget(newenv, "y"), G.y)
setfenv(1, G)
print(x, y)
local function inner() return z end
z = "outer z"
print(inner())
setfenv(inner, {z = "inner env z"})
print(inner())
print(pcall(setfenv, 0, G))

-- The main chunk's environment is _G; modifying it via setfenv(1, ...) affects later code.
print(getfenv(1) == _G)
local G = _G
local p = print
setfenv(1, setmetatable({}, {__index = G}))
newvar = "in new env"
p(G.newvar, newvar)
setfenv(1, G)
p(newvar)

-- setfenv(0, t) changes the global environment of the running thread.
local saved = getfenv(0)
local newenv = setmetatable({}, {__index = saved})
setfenv(0, newenv)
print(getfenv(0) == newenv)
local f = loadstring("return marker_var")
newenv.marker_var = "from new thread env"
print(f())
setfenv(0, saved)
print(getfenv(0) == _G)

-- setfenv returns the function; getfenv on a function without a custom env is _G.
local function f() end
print(setfenv(f, {}) == f)
print(getfenv(function() end) == _G)
local e = {}
setfenv(f, e)
print(getfenv(f) == e)
print(select("#", setfenv(0, _G)))

-- Values with the string metatable; numbers and booleans have none in 5.1.
print(("abc"):len(), ("%d"):rep(2))
local mt = getmetatable("")
local saved = mt.__index
mt.__index = function(s, k) return "idx:" .. k end
print(("x").anything, ("y").len)
mt.__index = saved
print(("z"):upper())
print(getmetatable(1), getmetatable(true))
print(pcall(function() local n = 1; return n:foo() end))

-- Lua 5.1 ignores __len for tables (# is the raw border) but uses it for userdata;
-- __len on strings' metatable is not consulted either.
local t = setmetatable({1, 2, 3}, {__len = function() return 99 end})
print(#t, rawequal(#t, 3))
local u = newproxy(true)
getmetatable(u).__len = function(x, y) return "ulen", type(x), y end
print(#u)
local v = newproxy(true)
getmetatable(v).__len = function() return 1, 2 end
print(#v, select("#", #v))
local w = newproxy(false)
print(pcall(function() return #w end))
local smt = getmetatable("")
smt.__len = function() return 0 end
print(#"abc")
smt.__len = nil
print(pcall(function() local n = nil; return #n end))
print(pcall(function() return #5 end))
print(pcall(function() local b = true; return #b end))

-- __len is not used for tables in Lua 5.1 (only for userdata); # is the raw length.
local t = setmetatable({1, 2, 3}, {__len = function() return 99 end})
print(#t)
local s = setmetatable({}, {__len = function() return 5 end})
print(#s)
local p = newproxy(true)
getmetatable(p).__len = function() return 7 end
print(#p)
local q = newproxy(true)
print(pcall(function() return #q end))

-- __tostring on tables and userdata; __name is not used in 5.1
local t = setmetatable({}, {__name = "MyType"})
print((tostring(t):gsub("0x%x+", "ADDR")))
local u = newproxy(true)
getmetatable(u).__tostring = function() return "proxy!" end
print(tostring(u), u)
print(pcall(string.format, "%s|%s", u, setmetatable({}, {__tostring = function() return "T" end})))
print(pcall(string.format, "%d", u))

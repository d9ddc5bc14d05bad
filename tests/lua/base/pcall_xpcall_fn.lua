-- pcall/xpcall status values in nested protected calls.
print(pcall(pcall, error, "inner"))
print(pcall(function() return pcall(error, "x") end))
print(xpcall(function() return pcall(error, "y") end, print))
print(pcall(xpcall, error, function(m) return "h:" .. tostring(m) end))
local ok, a, b = pcall(function() return "one", "two" end)
print(ok, a, b)

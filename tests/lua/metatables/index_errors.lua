-- Indexing non-tables without metatables raises errors with variable names.
local n = 5
print(pcall(function() return n.x end))
print(pcall(function() return (nil).x end))
print(pcall(function() local b = true; b.x = 1 end))
print(pcall(function() return print.x end))
print(("abc").x)
print(pcall(function() local s = "s"; s.x = 1 end))
print(pcall(function() return undefinedglobal.field end))
local t = {}
print(pcall(function() return t.a.b end))
print(pcall(function() return t[1][2] end))

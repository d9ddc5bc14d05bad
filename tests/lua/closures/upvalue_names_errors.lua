-- Errors on upvalues name them as upvalue 'x'.
local up = nil
local tbl = {}
print(pcall(function() return up.x end))
print(pcall(function() return up() end))
print(pcall(function() return up + 1 end))
print(pcall(function() return #up end))
print(pcall(function() return up .. "s" end))
print(pcall(function() return tbl < tbl end))
print(pcall(function() up.x = 1 end))
print(pcall(function() return tbl.a.b end))

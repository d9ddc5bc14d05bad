-- Line counting: errors report the right line after long strings, comments and \r\n.
local s = [[
a
b
c]]
--[[
several
lines
]]
local ok, err = pcall(function() error("here") end)
print(err)
local f = loadstring("local x = 1\n\n\nerror('line 4')")
print(pcall(f))
f = loadstring("local x = [[\n\n]]\nerror('line 3')")
print(pcall(f))
f = loadstring("-- c\r\n-- d\r\nerror('crlf')")
print(pcall(f))
f = loadstring("--[==[\n\n\n]==] error('after comment')")
print(pcall(f))
f = loadstring("local s = 'a\\\nb'\nerror('after escaped newline')")
print(pcall(f))
f = loadstring("\r\rerror('cr only')")
print(pcall(f))
f = loadstring("\n\r\n\rerror('mixed')")
print(pcall(f))

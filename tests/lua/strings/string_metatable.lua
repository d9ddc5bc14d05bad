-- Strings share a metatable whose __index is the string table: ("x"):upper().
print(("abc"):upper(), ("%d"):format(5), ("a,b"):find(","))
local s = "hello"
print(s:len(), s:sub(2, 3), s:rep(2, nil))
print(getmetatable("").__index == string)
print(getmetatable("x") == getmetatable("y"))
function string.shout(str) return str:upper() .. "!" end
print(("hi"):shout())
print(#getmetatable("").__index.shout("x"))
print(pcall(function() return ("x"):nonexistent() end))
print(type(("x").len), ("x").nothing)
print(rawget(string, "len") == string.len)
local mt = getmetatable("")
print(type(mt), mt.__index == string, mt.__metatable)

-- string methods through the string metatable; numbers are not strings for ':'
local s = "Hello"
print(s:upper(), s:lower(), s:len(), s:reverse(), s:rep(2, nil))
print(("%d-%s"):format(5, "x"), ("abc"):byte(-1))
print(pcall(function() local n = 5 return n:rep(2) end))
print(getmetatable("").__index == string, getmetatable("abc") == getmetatable(""))
print(#"", #"\0", ("x"):len())
string.custom = function(self) return "custom:" .. self end
print(("q"):custom())
print(pcall(function() return ("x"):nope() end))
print(rawequal("a" .. "b", "ab"), "a" .. "b" == "ab")
print(("test"):find("t", 2), ("test"):match("(t)(e)"))
print(tostring("x"), tostring(1.5), tostring(true), tostring(nil))

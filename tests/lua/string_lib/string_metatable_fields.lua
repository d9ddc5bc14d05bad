-- The string metatable: its __index is the string table (new string functions
-- become methods), and its other fields act as metamethods for strings where
-- 5.1 consults them (not __len, not __eq or __lt between two strings).
print(pcall(tostring, setmetatable({}, {__tostring = "notfunc"})))
print(pcall(function() return ("x"):nomethod() end))
print(pcall(function() return ("x").nofield end))
local smt = getmetatable("")
print(smt.__metatable, smt.__index == string, rawequal(smt, getmetatable("z")))
string.shout = function(s) return s:upper() .. "!" end
print(("hey"):shout())
string.shout = nil
local old = smt.__index
smt.__index = function(s, k) return function() return "custom " .. k end end
print(("abc"):anything())
smt.__index = old
smt.__len = function() return 99 end
print(#"abc")
smt.__len = nil
smt.__add = function(a, b) return "added" end
print("10" + 1, pcall(function() return "x" + 1 end))
smt.__add = nil
smt.__concat = function() return "cc" end
print("a" .. "b", pcall(function() return "a" .. {} end))
smt.__concat = nil
smt.__call = function(s, ...) return "called " .. s, ... end
print(("str")(1, 2))
smt.__call = nil
smt.__unm = function() return "neg" end
print(-"2", pcall(function() return -"x" end))
smt.__unm = nil
smt.__eq = function() return true end
print("a" == "b")
smt.__eq = nil
smt.__lt = function() return true end
print("b" < "a", pcall(function() return "a" < 1 end))
smt.__lt = nil
print(pcall(function() return #5 end))
print(pcall(function() local n = 5; return n:foo() end))

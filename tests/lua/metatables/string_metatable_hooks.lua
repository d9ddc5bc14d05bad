-- metamethods on the shared string metatable: __add, __call, __unm, __lt, __len, __index
local smt = getmetatable("")
smt.__add = function(a, b) return "add(" .. a .. "," .. b .. ")" end
print("a" + "b", "1" + "2", "a" + 1, 1 + "b")
smt.__call = function(s, ...) return "called " .. s .. " with " .. select('#', ...) end
print(("hello")(1, 2))
smt.__unm = function(s) return "neg " .. s end
print(-"abc", -"5")
smt.__lt = function(a, b) return #a < #b end
print("zz" < "a", "a" < "zz")
smt.__concat = function(a, b) return "never" end
print("a" .. "b", "a" .. 1)
smt.__len = function() return 99 end
print(#"abc")
smt.__eq = function() return true end
print("a" == "b")
local oldindex = smt.__index
smt.__index = function(s, k) if k == "first" then return s:sub(1, 1) end return oldindex[k] end
print(("xyz").first, ("xyz"):upper())
smt.__index = oldindex
smt.__add, smt.__call, smt.__unm, smt.__lt, smt.__concat, smt.__len, smt.__eq = nil
print(pcall(function() return "a" + "b" end))
local nmt = {__index = function(n, k) return k .. n end}
print(pcall(function() return (5).x end))

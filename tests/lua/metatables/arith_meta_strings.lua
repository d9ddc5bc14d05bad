-- arithmetic metamethods with mixed operands, string numbers and __unm/__mod/__pow
local mt = {}
for _, op in ipairs({"add", "sub", "mul", "div", "mod", "pow", "unm", "concat"}) do
  mt["__" .. op] = function(a, b) return op .. "(" .. type(a) .. "," .. type(b) .. ")" end
end
local o = setmetatable({}, mt)
print(o + 1, 1 + o, o - "2", "2" * o, o / o, o % 3, 2 ^ o, -o, o .. "s", "s" .. o)
print("10" + "5", "3" * "4", "2" ^ "3", "7" % "4", -"3")
print(pcall(function() return "a" + o end))
print(pcall(function() return {} + 1 end))
print(pcall(function() return 1 + {} end))
local lt = setmetatable({}, {__lt = function(a, b) return true end, __le = function() return false end})
print(lt < lt, lt <= lt, lt > lt, lt >= lt)
print(pcall(function() return lt < 1 end))
print(pcall(function() return {} < {} end))
print(pcall(function() return "a" < 1 end))

-- __unm, __mod and __pow with strings and numbers on either side.
local mt = {
  __unm = function(a) return "neg" end,
  __mod = function(a, b) return "mod" end,
  __pow = function(a, b) return "pow" end,
  __div = function(a, b) return "div" end,
}
local o = setmetatable({}, mt)
print(-o, o % 2, 2 % o, "3" % o, o ^ "x", "x" ^ o, o / o)
print(pcall(function() return "abc" % 2 end))

-- __concat: used when an operand is not a string/number; chains and order.
local mt = {__concat = function(a, b)
  local function s(x) return type(x) == "table" and "T" .. x.id or tostring(x) end
  return s(a) .. "&" .. s(b)
end}
local function T(id) return setmetatable({id = id}, mt) end
print(T(1) .. "x", "x" .. T(2), 3 .. T(3), T(4) .. T(5))
print("a" .. "b" .. T(6))
print(T(7) .. "a" .. "b")
print("a" .. T(8) .. "b")
print(pcall(function() return {} .. "x" end))
local nums = setmetatable({}, {__concat = function(a, b) return 42 end})
print(nums .. nums, type(nums .. 1))
print(1 .. 2 .. nums)

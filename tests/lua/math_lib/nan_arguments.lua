-- The NaN a two-argument math function returns when an argument is NaN keeps that argument's
-- sign as C does: fmod returns its first NaN argument, atan2 its second when both are NaN, and
-- pow (math.pow and ^) keeps a NaN base's sign bit unless the exponent is an odd integer.
local nan = 0/0
local pnan = -(0/0)
local vals = {0, 1, -1, 2, 3, -3, 0.5, 1/0, -1/0, nan, pnan}
local names = {"0", "1", "-1", "2", "3", "-3", "0.5", "inf", "-inf", "nan", "-nan"}
for i, a in ipairs(vals) do
  for j, b in ipairs(vals) do
    print(names[i], names[j], math.fmod(a, b), math.atan2(a, b), math.pow(a, b), a ^ b)
  end
end
-- the same through a function called often enough to be compiled
local function f(a, b) return math.fmod(a, b), math.atan2(a, b), a ^ b end
local count = 0
for k = 1, 20000 do
  local x, y, z = f(k % 2 == 0 and nan or pnan, k % 3 - 1)
  if x ~= x and y ~= y and z ~= z then count = count + 1 end
end
print(count, f(nan, 1), f(pnan, 1), f(nan, pnan), f(pnan, nan))

-- math.random argument checking: empty intervals, too many arguments, and
-- ranges with a single value; values themselves are not printed.
print(pcall(math.random, 0))
print(pcall(math.random, -5))
print(pcall(math.random, 5, 4))
print(pcall(math.random, 1, 0))
print(pcall(math.random, -1, -2))
print(pcall(math.random, 1, 2, 3))
print(pcall(math.random, 1, 2, 3, 4))
print(pcall(math.random, "x"))
print(pcall(math.random, 1, "y"))
print(pcall(math.random, {}))
print(math.random(1), math.random(1, 1), math.random(7, 7), math.random(-3, -3), math.random("1"))
print(math.random(0.5, 1), math.random(1.9))
print(pcall(math.random, 0.5))
local okr = true
for i = 1, 200 do
  local a = math.random(2.5)
  local b = math.random(-2, 2.9)
  if a < 1 or a > 2 or a % 1 ~= 0 or b < -2 or b > 2 or b % 1 ~= 0 then okr = false end
end
print(okr)
print(select("#", math.randomseed(1)), select("#", math.random()), select("#", math.random(5)))
print(pcall(function() return math.random(2, 1) end))
print(pcall(function() return math.random(1, 2, 3) end))

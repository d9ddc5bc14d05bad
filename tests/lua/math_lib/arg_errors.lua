-- Argument errors of the math functions: missing arguments, non-numbers, numeric strings
-- (which coerce), and the names lua5.1 puts in the messages.
local names = {"abs", "ceil", "floor", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan",
  "sinh", "cosh", "tanh", "exp", "log", "log10", "deg", "rad", "frexp", "modf"}
for _, n in ipairs(names) do
  local f = math[n]
  print(n, pcall(f))
  print(n, pcall(f, "x"))
  print(n, pcall(f, {}))
  print(n, select("#", f("2")), f("2"))
end
for _, n in ipairs({"atan2", "pow", "fmod", "ldexp", "mod"}) do
  local f = math[n]
  print(n, pcall(f, 1))
  print(n, pcall(f, nil, 1))
  print(n, pcall(f, "3", "2"))
  print(n, pcall(f, 1, false))
end
print(pcall(math.max))
print(pcall(math.min))
print(pcall(math.max, 1, "a"))
print(pcall(math.min, "b"))
print(math.max("10", 9), math.min("10", 9))
print(math.max(1), math.min(-0.5))
print(pcall(math.random, "a"))
print(pcall(math.random, 1, "b"))
print(pcall(math.randomseed))
print(pcall(math.randomseed, "z"))

-- math.fmod (and its 5.1 alias math.mod) and math.modf over signs, fractions,
-- zero divisors, infinities and huge values.
local xs = {7, -7, 7.5, -7.5, 0.25, 1e20, 2^53 + 2, 1/0}
local ys = {3, -3, 0.5, -0.5, 1e-10, 1/0, -1/0}
for _, x in ipairs(xs) do
  local row = {}
  for _, y in ipairs(ys) do
    local r = math.fmod(x, y)
    row[#row + 1] = r ~= r and "nan" or tostring(r)
  end
  print(x, table.concat(row, " "))
end
print(math.fmod(1, 0) ~= math.fmod(1, 0), math.fmod(-1, 0) ~= math.fmod(-1, 0))
print(math.mod == math.fmod, math.mod(10, 4), math.mod(-10, 4))
for _, v in ipairs({3.7, -3.7, 5, -5, 0.5, -0.5, 1e100, 2^53 + 0.5, 1/0, -1/0}) do
  print(v, math.modf(v))
end
local i, f = math.modf(0/0)
print(i ~= i, f ~= f)
print(math.modf("2.25"))
print(pcall(math.fmod, 1))
print(pcall(math.fmod, "a", 1))
print(pcall(math.modf))
print(pcall(math.modf, {}))
print(pcall(function() return math.mod(1) end))

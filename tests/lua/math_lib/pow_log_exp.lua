-- math.pow, sqrt, exp, log, log10 over special values: negative bases,
-- fractional exponents, zero, infinities; results compared to the ^ operator.
local function f(x) return x ~= x and "nan" or tostring(x) end
local bases = {2, -2, 0, 0.5, -0.5, 1/0, -1/0, 1}
local exps = {0, 1, -1, 2, 0.5, -0.5, 3, 1/0, -1/0}
for _, b in ipairs(bases) do
  local row = {}
  for _, e in ipairs(exps) do
    local p = math.pow(b, e)
    row[#row + 1] = f(p) .. (f(p) == f(b ^ e) and "" or "!")
  end
  print(b, table.concat(row, " "))
end
for _, v in ipairs({0, 1, 2, 4, 1e-300, 1e300, 1/0, -1, -1/0}) do
  print(v, f(math.sqrt(v)), f(math.log(v)), f(math.log10(v)), f(math.exp(v)), f(math.exp(-v)))
end
print(math.log10(10), math.log10(100), math.log10(1e-3), math.log10(2))
print(math.exp(1), math.exp(709), math.exp(710), math.exp(-745), math.exp(-746))
print(math.log(math.exp(1)), math.log(2.718281828459045), math.log(8) / math.log(2))
print(math.pow("2", "3"), math.sqrt("0x10"), math.exp("0"))
print(pcall(math.pow, 2))
print(pcall(math.pow))
print(pcall(math.log))
print(pcall(math.log10, {}))
print(pcall(math.log, 8, 2))
print(math.log(8, 2), math.log(100, 10))

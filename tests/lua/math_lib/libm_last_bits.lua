-- sinh, cosh, tanh, log10, deg and rad to the last bit (%.17g): glibc builds the
-- hyperbolic functions and log10 from exp, expm1 and log with fdlibm's reductions,
-- and lmathlib.c's deg divides by pi/180 rather than multiplying by 180/pi.
local function f(x) return x ~= x and "nan" or string.format("%.17g", x) end
local xs = {0.1, 0.25, 0.3, 0.5, 0.63, 0.75, 0.9, 1, 1.3, 2, 2.5, 3, 5, 7.7, 10, 19.5, 21.9, 25, 100, 700}
for _, x in ipairs(xs) do
  print(f(x), f(math.sinh(x)), f(math.sinh(-x)), f(math.cosh(x)), f(math.tanh(x)), f(math.tanh(-x / 3)))
end
for i = 1, 40 do
  local x = (i * 0.7311) % 3 - 1.2
  print(f(x), f(math.tanh(x)), f(math.tanh(x * 2.1)), f(math.deg(x)), f(math.rad(x * 100)))
end
for i = 1, 40 do
  local x = ((i * 0.7311) % 3 + 0.01) * 10 ^ (i % 20 - 10)
  print(f(x), f(math.log10(x)))
end
print(f(math.log10(5e-324)), f(math.log10(1e-310)), f(math.log10(2 ^ 1023)), f(math.log10(0.3)))
print(math.sinh(711), math.sinh(-711), math.cosh(-711), math.tanh(1 / 0), math.log10(0), math.log10(1 / 0))

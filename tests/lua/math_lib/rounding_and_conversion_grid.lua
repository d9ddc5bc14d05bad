-- math.floor/ceil/abs/modf/fmod/sqrt/pow on negative zero, halves, infinities, NaN,
-- numeric strings as arguments, and argument errors.
local function s(x) if x ~= x then return "nan" end return tostring(x) end
local xs = {-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 1e308, -1e-308, 2^53 + 0.5, math.huge, -math.huge}
for _, x in ipairs(xs) do
  local ip, fp = math.modf(x)
  print(s(x), s(math.floor(x)), s(math.ceil(x)), s(math.abs(x)), s(ip), s(fp))
end
print(s(math.floor(0/0)), s(math.modf(0/0)), s(math.abs(0/0)))
print(math.floor("3.7"), math.ceil(" -3.2 "), math.abs("-0x10"), math.max("10", 9), math.min(3, "2"))
print(s(math.sqrt(-1)), math.sqrt(16), math.pow(2, 0.5) == math.sqrt(2), s(math.pow(-8, 1/3)))
print(math.pow(0, 0), math.pow(0, -1), s(math.pow(-1, 0.5)), math.pow(-2, 3), 2^0.5 == math.pow(2, 0.5))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7, -3), s(math.fmod(1, 0)))
print(math.max(1), math.min(1), math.max(-0, 0), math.min(0, -0), s(math.max(0/0, 1)), s(math.max(1, 0/0)))
print(pcall(math.floor))
print(pcall(math.floor, "x"))
print(pcall(math.max))
print(pcall(math.min, 1, nil))
print(pcall(math.fmod, 1))
print(pcall(math.modf, {}))
print(math.deg(math.pi), math.rad(180) == math.pi, math.log10(1000), math.exp(0), math.log(1))
print(s(math.log(0)), s(math.log(-1)), s(math.log10(0)), math.ldexp(1, 10), math.frexp(1024))
print(string.format("%.4f %.4f %.4f", math.sin(1), math.cos(1), math.tan(1)))

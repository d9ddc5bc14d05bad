-- math.floor/ceil/abs/fmod/modf on positive, negative, fractional and huge values.
for _, v in ipairs({0, 0.5, -0.5, 1.5, -1.5, 2^52 + 0.5, -2^52 - 0.5, 1e100, 3}) do
  print(v, math.floor(v), math.ceil(v), math.abs(v))
end
print(math.modf(3.7))
print(math.modf(-3.7))
print(math.modf(5))
print(math.modf(math.huge))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2))
print(math.floor("3.7"), math.abs("-2"))

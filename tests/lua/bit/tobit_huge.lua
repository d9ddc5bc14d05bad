-- bit.tobit beyond 2^51 keeps the low 32 bits of the biased double, and
-- infinities and NaN give 0, exactly as LuaBitOp's conversion does.
local values = {
  2^51, 2^51 + 1, 2^52, 2^52 + 1, 2^52 + 3, 2^53, 2^53 + 2, 2^54,
  2^60, 2^60 + 2^33, 2^63, 2^64, 2^80, 2^1000,
  -2^51, -2^52, -2^53, -2^63, -2^64,
  1e15, 1e16, 1e17, 1e20, 1e100, 1e300, -1e300,
  1e15 + 0.5, 123456789012345,
}
for i, v in ipairs(values) do
  print(i, bit.tobit(v))
end
print("inf", bit.tobit(math.huge), bit.tobit(-math.huge))
print("nan", bit.tobit(0 / 0))

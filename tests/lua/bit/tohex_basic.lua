-- bit.tohex: 8 lowercase digits by default; n digits for 1 <= n <= 8,
-- uppercase for negative n, and the other widths the brief asks about.
local xs = {0, 1, -1, 255, 0x12345678, 0x7fffffff, 0x80000000, 0xabcdef01, 2^32 + 0xbeef, -0x10}
for _, x in ipairs(xs) do
  print(bit.tohex(x), bit.tohex(x, 8), bit.tohex(x, -8), bit.tohex(x, 4), bit.tohex(x, -4),
    bit.tohex(x, 1), bit.tohex(x, -1), bit.tohex(x, 3), bit.tohex(x, -3))
end
for _, x in ipairs(xs) do
  print("[" .. bit.tohex(x, 0) .. "]", bit.tohex(x, 9), bit.tohex(x, -9), bit.tohex(x, 2.5), bit.tohex(x, "6"))
end
print(type(bit.tohex(1)), #bit.tohex(1), #bit.tohex(1, 5))

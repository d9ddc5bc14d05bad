-- bit.tohex: default width, negative widths (uppercase), fractional and string
-- widths, and its argument errors.
local xs = {0, 1, 15, 255, 0xabcdef, -1, -0x10, 0x7fffffff, 2^32 + 0xab, 1.5, -2.5}
for _, x in ipairs(xs) do
  print(x, bit.tohex(x), bit.tohex(x, 1), bit.tohex(x, -1), bit.tohex(x, 3), bit.tohex(x, -3),
    bit.tohex(x, 8), bit.tohex(x, -8), bit.tohex(x, 2.7), bit.tohex(x, "4"))
end
print(pcall(bit.tohex))
print(pcall(bit.tohex, 1, "x"))
print(pcall(bit.tohex, nil, 2))
print(pcall(bit.tohex, {}, {}))
print(type(bit.tohex(1)), #bit.tohex(1), #bit.tohex(1, -5))

-- bit.bswap reverses the four bytes of the int32 value.
local values = {0, 1, -1, 0x12345678, 0x87654321, 0xff, 0xff00, 0xff0000, 0xff000000,
  0x7fffffff, 0x80000000, 2^32 + 0x01020304, 1.5, -2.5}
for _, v in ipairs(values) do
  local s = bit.bswap(v)
  print(bit.tohex(v), bit.tohex(s), s, bit.bswap(s) == bit.tobit(v))
end

-- bit.bswap composed with tohex, rol/ror and tobit: byte order reversal is an
-- involution, equals rotations for symmetric values, and works on huge inputs.
local xs = {0, 1, 0xff, 0x100, 0x12345678, 0x80000000, -1, -2, 0xdeadbeef, 2^32 + 0x11223344, 1.5, -1.5}
for _, x in ipairs(xs) do
  local b = bit.bswap(x)
  print(bit.tohex(x), bit.tohex(b), b, bit.bswap(b) == bit.tobit(x), bit.tohex(b, -4), bit.tohex(b, 2))
end
print(bit.bswap(0x00ff00ff) == bit.rol(0x00ff00ff, 8), bit.bswap(0x01020304) == 0x04030201)
print(pcall(bit.bswap))
print(pcall(bit.bswap, "x"))
print(bit.bswap("0x01020304"), bit.bswap("  255  "))

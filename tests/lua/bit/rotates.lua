-- bit.rol and bit.ror: rotations by the low 5 bits of the count.
local xs = {1, -1, 0x80000000, 0x12345678, 0x87654321, 0xf0, 2^32 + 0x81}
local ns = {0, 1, 4, 8, 16, 24, 31, 32, 33, -1, -4, -8, 40, 2.5, 3.5, 2^32 + 4}
for _, x in ipairs(xs) do
  for _, n in ipairs(ns) do
    print(bit.tohex(x), n, bit.tohex(bit.rol(x, n)), bit.tohex(bit.ror(x, n)), bit.rol(x, n), bit.ror(x, n))
  end
end

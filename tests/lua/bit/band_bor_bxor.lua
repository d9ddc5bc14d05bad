-- bit.band, bit.bor, bit.bxor with one, two and many arguments, including
-- operands that need the modulo 2^32 conversion.
local pairs_ = {
  {0, 0}, {1, 1}, {0xff, 0x0f}, {-1, 0x12345678}, {0x7fffffff, 0x80000000},
  {0xffffffff, 1}, {2^32 + 5, 3}, {-1, -1}, {0xaaaaaaaa, 0x55555555},
  {1.5, 3}, {2.5, 3}, {-1.5, 0xff}, {2^52 + 6, 12}, {0x80000000, 0x80000000},
}
for _, p in ipairs(pairs_) do
  local a, b = p[1], p[2]
  print(bit.band(a, b), bit.bor(a, b), bit.bxor(a, b))
end
-- one argument: just the conversion
print(bit.band(0xffffffff), bit.bor(2^32 + 1), bit.bxor(-2^31), bit.band(7.5))
-- many arguments
print(bit.band(0xff, 0xf0, 0x3c), bit.bor(1, 2, 4, 8, 16, 32), bit.bxor(1, 3, 7, 15, 31))
print(bit.band(-1, -2, -4, -8, -16, -32, -64, -128))
print(bit.bor(0x80000000, 0x40000000, 0x20000000, 1))
print(bit.bxor(0xffffffff, 0xffffffff, 0xffffffff))
local many = {}
for i = 1, 200 do many[i] = 2^(i % 32) end
print(bit.bor(unpack(many)), bit.bxor(unpack(many)), bit.band(unpack(many)))
for i = 1, 200 do many[i] = bit.bnot(2^(i % 31)) end
print(bit.band(unpack(many)), bit.bor(unpack(many)), bit.bxor(unpack(many)))

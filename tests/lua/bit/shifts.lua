-- bit.lshift, bit.rshift, bit.arshift: logical and arithmetic shifts that use
-- only the low 5 bits of the (converted) shift count.
local xs = {1, -1, 0x7fffffff, 0x80000000, 0x12345678, -0x12345678, 0xffffffff, 2^32 + 3}
local ns = {0, 1, 4, 15, 16, 31, 32, 33, 63, 64, -1, -31, -32, -33, 1.5, 2.5, 2^32 + 1, -2^32, 1e10}
for _, x in ipairs(xs) do
  for _, n in ipairs(ns) do
    print(bit.tohex(x), n, bit.lshift(x, n), bit.rshift(x, n), bit.arshift(x, n))
  end
end

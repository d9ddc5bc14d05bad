-- bit.band/bor/bxor fold any number of operands: built up one operand at a
-- time to 40 operands, passed through unpack, mixed with strings and floats.
local ops = {}
for i = 1, 40 do ops[i] = bit.bxor(bit.lshift(1, i % 32), i * 0x01010101) end
for n = 1, 40, 3 do
  print(n, bit.tohex(bit.band(unpack(ops, 1, n))), bit.tohex(bit.bor(unpack(ops, 1, n))),
    bit.tohex(bit.bxor(unpack(ops, 1, n))))
end
print(bit.band(-1, -1, -1, -1, 0x0f), bit.bor(0, 0, 0, 0, 1), bit.bxor(1, 1, 1, 1, 1))
print(bit.band("0xff", 0x3c, "60.0"), bit.bor(1.4, "2", 4.6), bit.bxor(2^32 + 1, 2^33 + 1, 2^34))
print(pcall(bit.band, 1, 2, 3, 4, nil))
print(pcall(bit.bor, 1, 2, 3, "four"))
print(pcall(bit.bxor, 1, {}, 3))
local all = {}
for i = 1, 32 do all[i] = bit.lshift(1, i - 1) end
print(bit.bor(unpack(all)), bit.bxor(unpack(all)), bit.band(unpack(all)))

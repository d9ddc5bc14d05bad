-- bit.bnot: bitwise complement of the int32 value; extra arguments are ignored.
local values = {0, 1, -1, 2, -2, 0x7fffffff, 0x80000000, 0xffffffff, 2^32, 2^32 + 7,
  1.5, 2.5, -1.5, 0x12345678, -0x12345678, 2^52 + 5}
for _, v in ipairs(values) do
  print(bit.bnot(v), bit.tohex(bit.bnot(v)))
end
for _, v in ipairs(values) do
  assert(bit.bnot(bit.bnot(v)) == bit.tobit(v))
end
print(bit.bnot(5, {}), bit.bnot(5, nil, "x"))

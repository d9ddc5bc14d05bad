-- bit.tobit on integral numbers: values already in int32 range are unchanged,
-- others are reduced modulo 2^32 into the signed range.
local values = {
  0, 1, -1, 2, 255, 256, 65535, 65536,
  0x7fffffff, 0x80000000, 0x80000001, 0xffffffff, 0xfffffffe,
  -0x7fffffff, -0x80000000, -0x80000001, -0xffffffff,
  2^31, 2^32, 2^32 + 1, 2^32 - 1, -2^32, -2^32 - 1,
  2^33 + 5, 3 * 2^31, 2^40 + 12345, -(2^40) - 12345,
}
for i, v in ipairs(values) do
  print(i, bit.tobit(v))
end
print(bit.tobit(-0), 1 / bit.tobit(-0) > 0)

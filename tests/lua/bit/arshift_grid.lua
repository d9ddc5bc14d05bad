-- bit.arshift against rshift for negative and positive values over counts
-- 0..40, negative counts and fractional counts, plus the sign fill.
local xs = {-1, -2, -0x80000000, 0x80000000, 0x7fffffff, -0x12345678, 0x40000000, 3}
for _, x in ipairs(xs) do
  local a, r = {}, {}
  for n = 0, 40, 4 do
    a[#a + 1] = bit.tohex(bit.arshift(x, n))
    r[#r + 1] = bit.tohex(bit.rshift(x, n))
  end
  print(bit.tohex(x), table.concat(a, " "))
  print("", table.concat(r, " "))
end
for _, n in ipairs({-1, -31, -32, -33, 0.5, 1.5, 31.5, 2^32 + 1, -2^32 - 1}) do
  print(n, bit.arshift(-256, n), bit.rshift(-256, n), bit.lshift(-256, n))
end
print(pcall(bit.arshift, 1))
print(pcall(bit.arshift))
print(pcall(bit.rshift, {}, 1))

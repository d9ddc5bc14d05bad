-- A 32-bit xorshift generator and an FNV-1a hash (multiplication split into
-- 16-bit halves so every step stays exact): sequences of shifts and xors.
local bxor, lshift, rshift, band, tohex = bit.bxor, bit.lshift, bit.rshift, bit.band, bit.tohex
local x = 2463534242
for i = 1, 20 do
  x = bxor(x, lshift(x, 13))
  x = bxor(x, rshift(x, 17))
  x = bxor(x, lshift(x, 5))
  print(i, x, tohex(x))
end
local function mul32(a, b)
  local alo, ahi = band(a, 0xffff), rshift(a, 16)
  return bit.tobit(alo * b + lshift(band(ahi * b, 0xffff), 16))
end
local function fnv1a(s)
  local h = 0x811c9dc5
  for i = 1, #s do
    h = mul32(bxor(h, s:byte(i)), 16777619)
  end
  return h
end
for _, s in ipairs({"", "a", "foobar", "hello world", string.rep("lua", 100)}) do
  print(s:sub(1, 12), tohex(fnv1a(s)))
end

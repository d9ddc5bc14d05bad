-- A table-driven CRC-32 and Adler-32 written with the bit library, checked on
-- a few strings (a typical use of LuaBitOp).
local band, bxor, rshift, bnot, tohex = bit.band, bit.bxor, bit.rshift, bit.bnot, bit.tohex
local crctab = {}
for i = 0, 255 do
  local c = i
  for _ = 1, 8 do
    if band(c, 1) ~= 0 then c = bxor(rshift(c, 1), 0xedb88320) else c = rshift(c, 1) end
  end
  crctab[i] = c
end
local function crc32(s)
  local c = bnot(0)
  for i = 1, #s do
    c = bxor(rshift(c, 8), crctab[band(bxor(c, s:byte(i)), 0xff)])
  end
  return bnot(c)
end
local function adler32(s)
  local a, b = 1, 0
  for i = 1, #s do
    a = (a + s:byte(i)) % 65521
    b = (b + a) % 65521
  end
  return bit.bor(bit.lshift(b, 16), a)
end
local inputs = {"", "a", "abc", "The quick brown fox jumps over the lazy dog", string.rep("\255\0", 500)}
for _, s in ipairs(inputs) do
  print(#s, tohex(crc32(s)), crc32(s), tohex(adler32(s)), adler32(s))
end
print(tohex(crctab[1]), tohex(crctab[255]))

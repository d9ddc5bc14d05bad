-- bit.tohex for every width from -40 to 40 and some far-off ones (LuaJIT 2.1 pads to
-- |n| digits; widths past 15 show the whole value with a precision of ((|n|+1) % 256) - 1).
local xs = {0, 1, 0x89abcdef, -1}
for _, x in ipairs(xs) do
  for n = -40, 40 do
    print(n, "[" .. bit.tohex(x, n) .. "]")
  end
end
local far = {100, -100, 253, 254, 255, 256, 257, 300, -300, 511, 512, 1000, -1000,
  2^31, -2^31, 2^31 - 1, -2^31 + 1, 2^32 + 3, -2^32 - 3, 2^52 + 4}
for _, x in ipairs(xs) do
  for _, n in ipairs(far) do
    local s = bit.tohex(x, n)
    print(n, #s, s:sub(1, 4), s:sub(-12))
  end
end

-- Results are ordinary Lua numbers: they compare, index tables and do arithmetic
-- like the literals they equal.
local t = {}
t[bit.band(3, 1)] = "one"
t[bit.bor(2, 0)] = "two"
print(t[1], t[2], #t, t[bit.tobit(2^32 + 1)])
print(bit.tobit(5) == 5, bit.tobit(2^32 + 5) == 5, bit.band(-1, 0xffffffff) == -1)
print(bit.bor(1, 2) + 0.5, bit.lshift(1, 20) / 4, bit.bnot(0) * 3, -bit.tobit(0x80000000))
print(tostring(bit.tobit(0xffffffff)), bit.tobit(1) .. "", string.format("%d %x", bit.band(255, 15), bit.rshift(-1, 4)))
print(math.max(bit.tobit(0x80000000), bit.tobit(0x7fffffff)), bit.rshift(-1, 0) < 0, bit.rshift(-1, 1) > 0)
print(select("#", bit.tobit(1)), select("#", bit.band(1, 2, 3)), select("#", bit.tohex(1)))

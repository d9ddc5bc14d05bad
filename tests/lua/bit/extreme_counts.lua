-- bit functions at extreme counts and values: tohex widths near 2^31 and 2^32,
-- tobit of long hex strings and values past 2^31, shift and rotate counts past 2^31.
print(bit.tohex(-1, 2^31), bit.tohex(1, -2^31 + 1), bit.tohex(255, 2^32 + 2), bit.tohex(255, -(2^32) - 2))
print(bit.tobit("0x123456789"), bit.tobit("0xffffffffff"), bit.tobit(-0.5), bit.tobit(0.5), bit.tobit(-1.5))
print(bit.tobit(2^31), bit.tobit(-2^31 - 1), bit.tobit(1e15), bit.tobit(-1e15), bit.tobit(4.5e15))
print(bit.lshift(1, 2^31), bit.rol(1, -2^31), bit.ror(1, 1e10), bit.rshift(-1, -1), bit.arshift(-1, 100))
print(bit.bnot(2^32), bit.bnot(-2^32), bit.bnot(0.5), bit.bnot(1.5), bit.bnot("7"))
print(pcall(bit.bnot), pcall(bit.tobit, "abc"))
print(bit.band(1), pcall(function() local r = bit.bor() return r end))

-- Arguments may be strings that convert to numbers, as with luaL_checknumber;
-- the results are always numbers.
print(bit.tobit("10"), bit.tobit("0x10"), bit.tobit("-0x10"), bit.tobit("  12  "), bit.tobit("1e2"))
print(bit.tobit("1.5"), bit.tobit("2.5"), bit.tobit("-1"), bit.tobit("4294967296"), bit.tobit("4294967295"))
print(bit.band("0xff", "0x0f"), bit.bor("1", 2, "4"), bit.bxor("3", "5"))
print(bit.lshift("1", "4"), bit.rshift("-1", "28"), bit.arshift("-256", "4"))
print(bit.rol("0x80000000", "1"), bit.ror("1", "1"), bit.bswap("0x01020304"), bit.bnot("0"))
print(bit.tohex("255"), bit.tohex("255", "2"), bit.tohex(255, "-2"))
print(type(bit.tobit("7")), type(bit.band("7", "3")), type(bit.tohex("7")))
print(bit.tobit("7") + 1, bit.band("7", "3") * 2)

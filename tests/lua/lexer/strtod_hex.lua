-- lua5.1 converts strings with C strtod, which on glibc also accepts hex
-- fractions and binary exponents (platform behaviour, kept as the spec).
print(tonumber("0x1p4"), tonumber("0x1.8"), tonumber("0x.8"))
print("0x1p-1" + 0)
print(tonumber("0x1P+2"))

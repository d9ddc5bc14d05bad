-- Hexadecimal literals and hex strings through tonumber and arithmetic coercion.
print(0x1, 0xA, 0xa, 0xFf, 0x7fffffff, 0x100000000)
print(0xDEADBEEF)
print(tonumber("0x10"), tonumber("0X1f"), tonumber(" 0x10 "))
print("0x10" + 0, "0xff" * 2)
print(tonumber("0x"), tonumber("0xg"))
print(0x10 .. "")
print(tonumber("-0x10"))

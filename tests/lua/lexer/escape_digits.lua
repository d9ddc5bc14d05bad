-- Decimal escapes read at most three digits; \0 bytes are kept in strings.
local s = "\1234"
print(#s, s:byte(1, -1))
s = "\0a\0"
print(#s, s:byte(1, -1))
print(("\000"):byte(), #"\000\000")
print("\49\50\51")
print("a\0b" == "a\0b", "a\0b" < "a\0c", "a\0" > "a")
print(#"\255\254", ("\255"):byte())
print(loadstring("return '\\256'"))
print(loadstring("return '\\999'"))

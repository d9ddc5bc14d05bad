-- tostring/tonumber basics for each type.
print(tostring(1), tostring(-1.5), tostring("x"), tostring(nil), tostring(true))
print(tonumber("5"), tonumber(5), tonumber("z"), tonumber(nil), tonumber(false))
print(tonumber("  -7  "), tonumber("1e-3"), tonumber("0x10"), tonumber("10", 16))
print(tostring(1e15), tostring(-1e15), tostring(1e16))
print(tonumber(""), tonumber("0"), tonumber("-0"))
print(tostring(tonumber("-0")))

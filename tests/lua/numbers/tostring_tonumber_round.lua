-- tonumber(tostring(x)) for various values and integer-looking floats
for _, v in ipairs({1, -1, 0.5, 1e100, 123.25, 2^40, -2^52, 1e-300, 3.14}) do
  io.write(tostring(tonumber(tostring(v)) == v), " ")
end
print()
print(tonumber("0x7fffffff"), tonumber("0x80000000"), tonumber("0xFFFFFFFF"), tonumber("-0x1"))
print(tonumber("1e-2"), tonumber("+1"), tonumber("++1"), tonumber("1 "), tonumber(" 0x1F "))
print(tonumber("1", 16), tonumber("a", 10), tonumber("A", 11), tonumber("1.0", 16), tonumber("-1", 2))
print(tonumber("  -  1"), tonumber("0b101"), tonumber("1_000"))
print(math.floor(tonumber("12.99")), tonumber(""), tonumber(" \t"))

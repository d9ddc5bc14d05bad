-- tonumber on strings with surrounding whitespace, signs, hex forms, exponents,
-- trailing garbage and embedded NULs, with and without a base.
local cases = {
  "10", " 10", "10 ", "\t10\n", "\v\f\r 10", "+10", "-10", "- 10", "+-1",
  "0x10", "0X1f", "-0x10", "+0x10", " 0x10 ", "0x", "0x ", "x10", "0xg", "0x1p4",
  "1e", "1e+", "1e5", "1E-2", ".5", "5.", ".", "-.5", "1..2", "1e5.5",
  "inf", "nan", "-inf", "INF", "1/0", "", " ", "0", "-0", "00012", "1_000",
  "10\0", "0x7fffffff", "0xffffffff", "0x100000000", "1e308", "1e309", "-1e309",
  "2.5e-324", "4.9e-324", "123456789012345678",
}
for _, s in ipairs(cases) do
  local n = tonumber(s)
  print(string.format("%q", s), n, type(n))
end
print(tonumber("10", 16), tonumber("ff", 16), tonumber("FF", 16), tonumber(" ff ", 16))
print(tonumber("0x10", 16), tonumber("0x10", 10), tonumber("z", 36), tonumber("Z", 36))
print(tonumber("-ff", 16), tonumber("+ff", 16), tonumber("1.5", 10), tonumber("", 10))
print(tonumber("111", 2), tonumber("12", 2), tonumber("7", 8), tonumber("8", 8))
print(tonumber(10, 16), tonumber(" 1 0 ", 10), tonumber("1e1", 10))
print(pcall(tonumber, "10", 1))
print(pcall(tonumber, "10", 37))
print(pcall(tonumber, "10", "x"))
print(pcall(tonumber))
print(tonumber(nil), tonumber(true), tonumber({}) , tonumber(print))
print(tonumber("ffffffffffffffff", 16))
print(tonumber("7fffffffffffffff", 16))

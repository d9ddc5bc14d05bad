-- tonumber on edge strings with and without a base
local strs = {"0x", "0x10", "  10  ", "1e", "1e5", "inf", "nan", "-inf", " ", "", "1 2",
  "0x1p4", ".5", "5.", ".", "-.5", "+5", "- 5", "1e+", "1E-2", "0X1F", "10\0", "\t\n12\v\f\r",
  "1.5e3x", "0x-1", "-0x10", "infinity", "0xfffffffffffff", "1e500", "-1e500"}
for _, s in ipairs(strs) do print(string.format("%q", s), tonumber(s)) end
print(tonumber("10", 2), tonumber("ff", 16), tonumber("FF", 16), tonumber("zz", 36))
print(tonumber("Zz", 36), tonumber("777", 8), tonumber("8", 8), tonumber("1.5", 10))
print(tonumber(" 11 ", 2), tonumber("", 10), tonumber("-ff", 16), tonumber("+ff", 16))
print(tonumber("0x10", 16), tonumber("0x10", 10), tonumber("10", 36))
print(tonumber(12, 10), tonumber("1e1", 10), tonumber("11111111111111111111111111111111", 2))
print(pcall(tonumber, "10", 1))
print(pcall(tonumber, "10", 37))
print(pcall(tonumber))
print(tonumber(nil), tonumber(true), tonumber({}))
print(tonumber("10", 10.7))
print(tonumber(" -7 ", 10), tonumber("7fffffffffffffff", 16))

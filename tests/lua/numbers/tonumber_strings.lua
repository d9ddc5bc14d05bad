-- tonumber on strings without base: spaces, exponents, hex, junk, non-strings.
local cases = {"10", "  10  ", "10.5", "-10.5", "+5", "1e5", "1E-2", ".5", "5.", "0x1F",
  "  0xa  ", "1e", "abc", "", " ", "1 2", "10a", "- 1", "--1", "0x", "1.5e+2", "\t\n12\n",
  "inf", "nan", "1e400", "-1e400", "0x7FFFFFFF", "00012", "1..2", "+-1"}
for _, s in ipairs(cases) do
  print(string.format("%q", s), tonumber(s))
end
print(tonumber(nil), tonumber(true), tonumber({}) == nil, tonumber(42), tonumber(-0.5))
print(pcall(tonumber))

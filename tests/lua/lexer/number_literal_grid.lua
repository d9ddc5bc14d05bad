-- Numeric literals: decimal, exponent, hex, leading/trailing dots; malformed numbers
-- (letters glued to digits, 0x without digits, hex fractions) are lexer errors.
local ok = {"3", "3.0", "3.1416", "314.16e-2", "0.31416E1", "0xff", "0x56", ".5", "5.",
  "5e2", "5E+2", "5e-2", "0x0", "0XA", "1e308", "1e-308", "00010", "0x0010", "2e0"}
for _, s in ipairs(ok) do
  print(s, loadstring("return " .. s)())
end
local bad = {"3x", "0x", "0xg", "1e", "1e+", "1..2", "1.2.3", "0x1.8", "0x1p4", "3e2e2",
  "1_000", "08x", ".e1", "5.e", "0b101", "1f"}
for _, s in ipairs(bad) do
  local f, e = loadstring("return " .. s)
  print(s, f and f() or e)
end
print(loadstring("return 1 .. 2")())
print(loadstring("return 1..2"))
print(loadstring("return -0x10, - 0x10, 0x10-1")())
print(2^-1, -2^2, 2^3^2)

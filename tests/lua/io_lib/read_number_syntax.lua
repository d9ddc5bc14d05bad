-- read("*n") follows glibc's fscanf("%lf"): the longest text that can start a number is
-- consumed (with one byte of look-ahead), then converted like strtod; nil when nothing converts.
local name = os.tmpname()
local cases = {"12", " 12 ", "\n\t 12x", "-12", "+12", "1e5", "1e", "1e+", "1e+x", ".5", ".",
  "-.", "0x1A", "0x", "0xg", "inf", "-inf", "infinity", "infx", "in", "nano", "nan(1)",
  "1.5.5", "--1", "+-1", "1,5", "  ", "", "abc", "0x1p4", "0x1.8p1", "1e500", "00012", "1E-2",
  "5e-", "12 13", "0X1a", "i", "n", "infin", "infinityx", "nanx", "na", "nax", "-in", "ix",
  "infix", "1.", "1.e5", "1e5.5", "0x.8", "0x1p", "0x1p+", "0x1.", "0x.", "+", "-", "0x1e",
  "- 1", "0.x", "e5", "0x1e+5", "0x1p-2x", "1e-+5", "\v\f\r 7", "00x1", "-0x10", "1ee",
  "INF", "NaN", ".e5", "1.5e", "123456789012345678901234567890", "0.1", "\0 5", "-nan",
  "4e-400", "0x1P-1074", "9007199254740993"}
for _, s in ipairs(cases) do
  local f = assert(io.open(name, "wb"))
  f:write(s)
  f:close()
  f = assert(io.open(name, "rb"))
  local v = f:read("*n")
  local rest = f:read("*a")
  f:close()
  print(string.format("%-34q", s), tostring(v), string.format("%q", rest))
end
local f = assert(io.open(name, "wb"))
f:write("1 2.5\n-3e2 x 4")
f:close()
f = assert(io.open(name, "rb"))
print(f:read("*n", "*n", "*n", "*n", "*n"))
print(f:read("*a"))
f:close()
print(os.remove(name))

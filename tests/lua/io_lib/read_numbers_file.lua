-- file:read("*n") on a file: decimals, signs, exponents, hex, leading blanks and newlines,
-- what is left after a number, and failures (nil) that stop the remaining formats.
local name = "read_numbers_file.tmp"
local function try(text, ...)
  local f = assert(io.open(name, "wb"))
  f:write(text)
  f:close()
  f = assert(io.open(name, "rb"))
  local r = {f:read(...)}
  local n = select("#", f:read(0))
  local rest = f:read("*a")
  f:close()
  local out = {}
  for i = 1, select("#", ...) do out[i] = tostring(r[i]) end
  print(string.format("%-16q", text), table.concat(out, " "), string.format("%q", rest))
end
try("42", "*n")
try("  -7.5 rest", "*n")
try("\n\n  3\n4", "*n", "*n")
try("1e3 2E-2", "*n", "*n")
try("0x1F", "*n")
try("0XfF 0x10", "*n", "*n")
try("+5", "*n")
try(".5", "*n")
try("5.", "*n")
try("abc", "*n", "*l")
try("", "*n")
try("12abc", "*n", "*l")
try("1 2 3 4", "*n", "*n", "*n", "*n", "*n")
try("7\nline", "*n", "*l", "*l")
try("-", "*n")
try("1e", "*n")
try("3 x 4", "*n", "*n", "*n")
try("inf", "*n")
try("  ", "*n")
try("0010", "*n")
try("1.5e+2xyz", "*n", "*a")
os.remove(name)

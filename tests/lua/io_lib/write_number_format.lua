-- numbers written by file:write and io.write use "%.14g": integers, fractions, exponents,
-- large and small values, and infinities; strings are written as they are.
local name = "write_number_format.tmp"
local f = assert(io.open(name, "w"))
for _, v in ipairs({0, 1, -1, 0.1, 1/3, 2/3, 100, 1e14, 1e15, 1e16, 2^53, 2^63, -2^31, 1e-5, 1e-4, 123456789012345678, 3.14159265358979, 1e100, 1e308 * 10, -1e308 * 10, 5e-324}) do
  f:write(v, "\n")
end
f:write("12", 12, "\n")
f:close()
for l in io.lines(name) do io.write(l, " ") end
print()
io.write(1/3, " ", 1e15, " ", 2^53, " ", -0.5, "\n")
print(os.remove(name))

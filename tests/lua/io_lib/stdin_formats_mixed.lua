-- io.read and io.stdin:read on standard input (stdin_formats_mixed.in): numbers in several
-- notations, the rest of a line after them, empty lines, "\r", NUL bytes, counts, end of input.
print(io.read("*n", "*n", "*n"))
print(io.read("*l"))
print(io.read("*l"))
print(io.read("*l"))
print(string.format("%q", io.read("*l")))
local s = io.stdin:read("*l")
print(#s, s:byte(1, -1))
print(io.read(4), io.read(0))
print(io.stdin:read("*a"))
print(io.read(0), io.read("*l"), io.read(1), io.read("*n"))
print(string.format("%q", io.read("*a")))
print(io.read("*a", "*a"))
for l in io.lines() do print("never", l) end
print(io.stdin:read(0))

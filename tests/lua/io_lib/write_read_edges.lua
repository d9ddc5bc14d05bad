-- io corners on a temporary file: write returns the file, numbers are written with %.14g,
-- read formats at the end of the file, lines iteration, seek positions, closed files.
local name = os.tmpname()
local f = assert(io.open(name, "w"))
print(f:write("a", 1, " ", 2.5, "\n") == f)
f:write("line2\n", "12 34.5 0x10\n", "last")
f:close()
print(pcall(f.write, f, "x"))
print(io.type(f), io.type(io.stdout), io.type(42))
f = assert(io.open(name, "r"))
print(f:read("*l"), f:read("*l"))
print(f:read("*n"), f:read("*n"), f:read("*n"))
print(f:read("*l"), f:read("*l"), f:read("*l"), f:read("*a") == "", f:read("*l"))
print(f:seek("set", 2), f:read(3), f:seek(), f:seek("end"))
print(f:read(0), f:read(1), f:read("*a") == "")
f:close()
for l in io.lines(name) do io.write("[", l, "]") end
print()
local n = 0
for a, b in io.lines(name) do n = n + 1 end
print(n)
f = assert(io.open(name, "r"))
print(f:read(2, "*l", "*n"))
f:close()
print(pcall(f.read, f))
print(pcall(io.lines, "/nonexistent/x"))
print(io.open("/nonexistent/x"))
os.remove(name)

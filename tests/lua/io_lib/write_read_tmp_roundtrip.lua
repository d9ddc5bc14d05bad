-- io.write of numbers (%.14g) and strings, file:write chaining, reading back with
-- *n, *l, *a and counts, read past EOF, lines() on a file, and closed-file errors.
local name = os.tmpname()
local f = assert(io.open(name, "w"))
print(f:write(1, " ", 2.5, " ", 1e100, "\n", -0.0, "\n", "text line\n", "last") == f)
f:close()
f = assert(io.open(name, "r"))
print(f:read("*n", "*n", "*n"))
print(f:read("*n"))
print(f:read("*l"))
print(f:read("*l"))
print(f:read(2), f:read(0), f:read("*a"))
print(f:read("*a"), f:read("*l"), f:read(1), f:read(0))
f:close()
print(pcall(f.read, f))
print(io.type(f), io.type(io.stdout), io.type(42))
local count = 0
for line in io.lines(name) do count = count + 1 end
print(count)
f = io.open(name)
local ls = {}
for l in f:lines() do ls[#ls + 1] = #l end
print(table.concat(ls, " "))
f:close()
print(pcall(f.lines, f))
print(select("#", io.open("/nonexistent/dir/file")), (select(2, io.open("/nonexistent/dir/file"))))
print(pcall(io.lines, "/nonexistent/file"))
os.remove(name)
print(pcall(io.open, "/nonexistent/lunacy/x", "rz"))

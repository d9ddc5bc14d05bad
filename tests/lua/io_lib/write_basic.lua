-- io.write: strings and numbers (%.14g), no separators or newline; in 5.1 it
-- returns true (not the file, as in 5.2+).
io.write("a", "b", 1, 2.5, "\n")
io.write(1e15, " ", 1/3, " ", -0.0 + 0, "\n")
print(io.write(""))
print(pcall(io.write, nil))
print(pcall(io.write, true))
io.stdout:write("method ", "call", "\n")
print(io.stdout:write("x"))

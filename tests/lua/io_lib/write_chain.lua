-- file:write on io.stdout can be chained in 5.1 only through the file, not the result.
local out = io.stdout
out:write("a")
out:write("b", "c")
out:write("\n")
io.write(string.rep("=", 10), "\n")
print(io.type(out), io.type(io.stderr), io.type(io.stdin))

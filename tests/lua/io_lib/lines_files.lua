-- io.lines(name) closes its file at the end, file:lines() does not; iterating a closed
-- file fails; io.lines errors for missing files and for an explicit nil; io.lines() reads stdin.
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("one\n", "two\n", "\n", "last")
f:close()
local n = 0
for l in io.lines(name) do n = n + 1 print(n, "[" .. l .. "]") end
local it = io.lines(name)
print(it(), it(), it(), it())
print(it())
print(pcall(it))
f = assert(io.open(name))
local it2 = f:lines()
print(it2(), it2())
print(io.type(f))
print(f:read("*a"))
print(it2())
f:close()
print(pcall(it2))
print(pcall(f.lines, f))
print(pcall(io.lines, "no_such_file.txt"))
print(pcall(function() return io.lines("no_such_file.txt") end))
print(pcall(io.lines, nil))
print(pcall(io.lines, {}))
for l in io.lines() do print("stdin:", l) end
print(pcall(function() for l in io.lines(".") do end end))
print(os.remove(name))

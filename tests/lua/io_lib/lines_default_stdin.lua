-- io.lines() without a file name iterates standard input; reads stop at the first failure
local first = io.read("*n", "*n", "*l")
print(first)
print(io.read("*n", "*l", "*l"))
local n = 0
for line in io.lines() do n = n + 1; io.write("[", line, "]") end
print() print(n)
print(io.read("*l"), io.read("*a"), io.read("*n"))

-- io.lines() iterates over stdin (lines_stdin.in) without newline characters.
local n = 0
for line in io.lines() do
  n = n + 1
  print(n, "[" .. line .. "]", #line)
end
print(n)

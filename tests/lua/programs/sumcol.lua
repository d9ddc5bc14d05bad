-- sum-file shape: read numbers from stdin, first with io.read("*n") until it
-- fails, then the rest line by line with io.lines and tonumber.
local sum, count = 0, 0
while true do
  local n = io.read("*n")
  if not n then break end
  sum = sum + n
  count = count + 1
end
print("numbers", count, sum)
local rest = io.read("*l")
print("stopped at", string.format("%q", tostring(rest)))
local bad, lines = 0, 0
for line in io.lines() do
  lines = lines + 1
  local v = tonumber(line)
  if v then sum = sum + v; count = count + 1 else bad = bad + 1; print("not a number:", string.format("%q", line)) end
end
print(lines, count, bad, sum, string.format("%.3f", sum))

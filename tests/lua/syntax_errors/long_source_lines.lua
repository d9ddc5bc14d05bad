-- Syntax errors far down a chunk, showing line numbers in the hundreds.
local function check(src, name)
  local f, err = loadstring(src, name)
  print(f and "ok" or err)
end
local lines = {}
for i = 1, 300 do lines[i] = "v" .. i .. " = " .. i end
lines[301] = "x = = 1"
check(table.concat(lines, "\n"))
lines[301] = "if x then"
check(table.concat(lines, "\n"))
lines[301] = "x = 'abc"
check(table.concat(lines, "\n"), "=big")

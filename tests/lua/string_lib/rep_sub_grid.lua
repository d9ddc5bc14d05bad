-- string.rep counts (zero, negative, fractional, string) and string.sub over
-- a grid of negative and out-of-range indices.
print(("ab"):rep(3), ("ab"):rep(1), ("ab"):rep(0) == "", ("ab"):rep(-5) == "")
print(("x"):rep(2.9), ("x"):rep("3"), (""):rep(100) == "", #("abc"):rep(1000))
print(string.rep(5, 3), string.rep(1.5, 2))
print(pcall(string.rep))
print(pcall(string.rep, "x"))
print(pcall(string.rep, "x", "y"))
print(pcall(string.rep, nil, 2))
print(pcall(string.rep, {}, 2))
local s = "abcdef"
local idx = {-10, -6, -3, -1, 0, 1, 3, 6, 7, 10}
for _, i in ipairs(idx) do
  local row = {}
  for _, j in ipairs(idx) do
    local r = s:sub(i, j)
    row[#row + 1] = r == "" and "." or r
  end
  print(i, table.concat(row, " "))
end
for _, i in ipairs(idx) do io.write(s:sub(i), "|") end
print()
print(s:sub(2.5, 4.5), s:sub("2", "-2"), s:sub(-2.5))
print(pcall(string.sub))
print(pcall(string.sub, s))
print(pcall(string.sub, s, "x"))
print(pcall(string.sub, s, 1, "y"))
print(pcall(string.sub, nil, 1))
print(string.sub(12345, 2, -2), string.sub(-1.5, 1, 2))

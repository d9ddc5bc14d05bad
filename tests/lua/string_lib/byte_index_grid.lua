-- string.byte over a grid of start/end indices (negative, zero, past the end),
-- printing how many values come back and the first and last of them.
local s = "abcde"
local idx = {-7, -5, -3, -1, 0, 1, 2, 3, 5, 6, 9}
for _, i in ipairs(idx) do
  local row = {}
  for _, j in ipairs(idx) do
    local r = {s:byte(i, j)}
    row[#row + 1] = #r == 0 and "-" or (#r .. ":" .. r[1] .. "-" .. r[#r])
  end
  print(i, table.concat(row, " "))
end
print(s:byte(nil), s:byte(nil, 3), s:byte(2.5), s:byte("3"), s:byte("-1"))
print(string.byte("\0\1\127\128\255", 1, -1))
print(pcall(string.byte, s, "x"))
print(pcall(string.byte, s, 1, {}))
print(pcall(string.byte, nil))
print(pcall(string.byte, {}))
print(string.byte(3.5, 1, -1))
print(string.byte(-12, -2))

-- Building strings the ways programs do: table buffers with concat, repeated .. in loops,
-- string.rep with separators emulated, gsub accumulation, and the resulting lengths.
local buf = {}
for i = 1, 1000 do buf[#buf + 1] = tostring(i) end
local s = table.concat(buf)
print(#s, s:sub(1, 15), s:sub(-10))
local acc = ""
for i = 1, 200 do acc = acc .. string.char(65 + i % 26) end
print(#acc, acc:sub(1, 30))
local function join(list, sep) return table.concat(list, sep) end
print(join({"a", "b", "c"}, ", "), join({}, ","), join({1, 2, 3}, ""))
local count = 0
local replaced = ("the cat sat on the mat"):gsub("(%w+)", function(w) count = count + #w; return w:upper() end)
print(replaced, count)
local csv = {}
for row = 1, 3 do
  local cells = {}
  for col = 1, 4 do cells[col] = string.format("%d,%d", row, col) end
  csv[row] = '"' .. table.concat(cells, '";"') .. '"'
end
print(table.concat(csv, "\n"))
local lines = {}
for line in ("one\ntwo\n\nthree\n"):gmatch("([^\n]*)\n") do lines[#lines + 1] = "[" .. line .. "]" end
print(table.concat(lines))
local big = string.rep("abc", 10000)
print(#big, #big:gsub("b", ""), big:find("cab", 1, true), select(2, big:gsub("abc", "")))
print(#(big .. big), (big .. "x"):sub(-2))

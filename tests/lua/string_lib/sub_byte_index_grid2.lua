-- string.sub and string.byte with every combination of negative, zero, out-of-range
-- and fractional indices, on empty and short strings.
local idx = {-10, -4, -3, -1, 0, 1, 2, 3, 4, 10, 1.5, -1.5, 2.9}
for _, s in ipairs({"", "abc"}) do
  for _, i in ipairs(idx) do
    local row = {}
    for _, j in ipairs(idx) do
      row[#row + 1] = "[" .. s:sub(i, j) .. "]"
    end
    print(#s, i, table.concat(row))
  end
end
for _, i in ipairs(idx) do
  print("byte", i, ("abc"):byte(i), select("#", ("abc"):byte(i, -1)), ("abc"):byte(i, i + 1))
end
print(("abc"):sub(2), ("abc"):sub(-2), ("abc"):sub(0), string.sub("abc", "2", "3"))
print(pcall(string.sub), pcall(string.sub, "x", "a"))
print(pcall(string.byte, "x", {}))
print(string.byte(""), select("#", string.byte("")), select("#", string.byte("abc", 3, 1)))
print(string.sub(123456, 2, 4), string.byte(97), string.len(12.5))

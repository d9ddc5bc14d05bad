-- string.sub with positive, negative, zero, and out-of-range indices.
local s = "abcdefgh"
local cases = {{1, 3}, {3}, {-3}, {-3, -2}, {0}, {0, 2}, {5, 2}, {2, 100}, {-100, 2},
  {9}, {8, 8}, {-1, -1}, {3, -3}, {100, 200}, {-100, -50}}
for _, c in ipairs(cases) do
  print(c[1], c[2], "[" .. s:sub(c[1], c[2]) .. "]")
end
print(("x"):sub(1, 1), (""):sub(1, 1) == "")
print(string.sub("hello", 2.7, 4.2))
print(s:sub("2", "3"))
print(pcall(string.sub))
print(pcall(string.sub, "abc", "x"))

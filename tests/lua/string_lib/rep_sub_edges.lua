-- string.rep and string.sub with zero, negative and huge counts and indices
print(string.rep("ab", 0) == "", string.rep("ab", -3) == "", string.rep("", 100) == "")
print(string.rep("x", 3.9), string.rep("ab", 2.5))
local s = "hello"
local cases = {{1}, {0}, {-1}, {-5}, {-6}, {-100}, {2, 4}, {4, 2}, {-3, -2}, {0, 0}, {6}, {5, 100},
  {-100, 2}, {3, -100}, {2^31}, {-2^31}, {1, 2^31}, {1.9, 3.1}, {"2", "3"}, {math.huge}, {-math.huge}}
for _, c in ipairs(cases) do
  print(c[1], c[2], "[" .. s:sub(c[1], c[2]) .. "]")
end
print(pcall(string.sub))
print(pcall(string.sub, "x", "a"))
print(pcall(string.rep, "x"))
print(("abc"):sub(2), ("abc"):sub(-1), (""):sub(1, 1) == "")

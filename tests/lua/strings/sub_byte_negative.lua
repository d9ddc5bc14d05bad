-- Negative positions in sub/byte/find count from the end; -0 is 0.
local s = "abcdef"
print(s:sub(-2), s:sub(-6, -5), s:sub(-7), s:sub(2, -2))
print(s:byte(-6), s:byte(-7), s:byte(-1, -1))
print(s:find("e", -2), s:find("a", -6), s:find("a", -5))
print(s:sub(0, 0), s:sub(-100, 0), s:sub(3, 0) == "")

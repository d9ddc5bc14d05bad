-- string.find: init values from far negative to past the end, for plain
-- and pattern searches, empty patterns, anchors and captures.
local s = "abcabc"
for init = -8, 8 do
  print(init, s:find("b", init), s:find("", init), s:find("^a", init), s:find("c$", init),
    s:find("bc", init, true))
end
print(s:find("(b)(c)"))
print(s:find("()b()"))
print(s:find("a(b)c", 2))
print(s:find("x"))
print(s:find("", 100))
print(s:find("", 7))
print(s:find("[a-c]+"))
print(s:find(".-"))
print(s:find("a", 1.9))
print(s:find("a", "3"))
print(("a+b"):find("+", 1, true))
print(("a+b"):find("a+b", 1, true))
print(("a.b"):find(".", 2, true))
print(("a%b"):find("%", 1, true))
print(("x"):find("x", 1, false))
print(("x"):find("x", 1, nil))
print(("x"):find("x", 1, 0))
print(pcall(string.find, "x"))
print(pcall(string.find, nil, "x"))
print(pcall(string.find, "x", "x", "y"))
print(pcall(string.find, "x", "%"))
print(pcall(string.find, "x", "[a"))
print(pcall(string.find, "x", "(x"))
print(pcall(string.find, "x", "x)"))
print(string.find(12345, 34))
print(string.find(1.5, ".", 1, true))

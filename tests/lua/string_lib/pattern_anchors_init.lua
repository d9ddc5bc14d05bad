-- Anchors combined with init offsets: '^' anchors at init, not at the string start.
print(("hello"):find("^l", 3), ("hello"):find("^l", 2))
print(("hello"):match("^(.)", 4), ("hello"):match("^(.)", -1))
print(("aaa"):gsub("^a", "b"))
print(("abcabc"):find("c$", 4))
print(("abc"):find("$"), ("abc"):match("$"))
print(("a$b"):find("$b"), ("a^b"):find("a^"))

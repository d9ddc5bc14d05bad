-- string.find: plain search, init positions (negative, past end), returns start/end.
local s = "hello world, hello lua"
print(s:find("hello"), s:find("hello", 2), s:find("hello", -9))
print(s:find("xyz"), s:find(""), s:find("", 100), s:find("", #s + 1))
print(s:find("o w", 1, true), s:find(".", 1, true), s:find("l+", 1, true))
print(s:find("lua", -3), s:find("lua", -100))
print(("a.b"):find(".", 2, true), ("a+b"):find("+", 1, true))
print(("abc"):find("c", 10), ("abc"):find("", 4), ("abc"):find("", 5))
print(pcall(string.find))
print(pcall(string.find, "a"))

-- string.sub needs its start index (luaL_checkinteger), the end is optional; fractional and
-- out-of-range indices
print(pcall(string.sub, "hello"))
print(pcall(string.sub, "hello", nil, 2))
print(pcall(string.sub, "hello", "x"))
print(string.sub("hello", 2), string.sub("hello", 2.9, 3.9), string.sub("hello", -3))
print(string.sub("hello", 0), string.sub("hello", -100, 100), string.sub("hello", 4, 2))
print(pcall(function() return ("hello"):sub() end))

-- string.rep with zero/negative/fractional counts, string.char argument errors and
-- values out of range, string.len/upper/lower on numbers and embedded NULs.
print("[" .. string.rep("ab", 0) .. "]", "[" .. string.rep("ab", -3) .. "]")
print(string.rep("ab", 2.7), string.rep("", 100), string.rep("x", "3"))
print(#string.rep("\0", 5), string.rep(7, 3))
print(pcall(string.rep, "x"))
print(pcall(string.rep, nil, 2))
print(string.char(), string.char(72, 105), string.char("65", 66.0))
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(pcall(string.char, 65, "x"))
print(pcall(string.char, 65, nil))
print(pcall(string.char, 65, {}))
print(string.char(255):byte(), string.char(0):len(), string.char(65.9))
print(string.upper("abc\0def"):len(), string.lower("ÀBC"), string.upper(12))
print(("x"):rep(3), ("%d"):format(5), ("a,b"):find(",", 1, true))
print(#"\0\0\0", #"", #"\255", #[[
x]])

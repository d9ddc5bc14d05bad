-- String methods through the string metatable: on literals, numbers-as-strings, chained,
-- with : on parenthesised expressions; indexing a string with a non-method key.
print(("x"):rep(3), ("abc"):upper():lower():len(), ("%d-%d"):format(1, 2))
local s = "hello world"
print(s:find("o"), s:find("o", 6), s:match("(%w+) (%w+)"))
print(s:gsub("o", "0"), (s:gsub("l", "")))
print(#s:rep(2), s:sub(-5):upper(), s:byte(-1))
print(("a"):rep(3, nil), ("abc"):reverse())
print(s.len == string.len, s.nonexistent, ("x").upper == string.upper)
print(pcall(function() return s.len(s) end))
print(pcall(function() return ("x"):nonexistent() end))
print(pcall(function() return s[1] end))
print(pcall(function() s.field = 1 end))
local n = 12
print(pcall(function() return n:rep(2) end))
for w in ("one two  three"):gmatch("%a+") do io.write(w, ";") end
print()
print(("k=v, a=b"):gsub("(%w+)=(%w+)", "%2=%1"))

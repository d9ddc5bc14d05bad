-- Indexing strings with numbers gives nil (string metatable); calling a number field fails.
local s = "abc"
print(s[1], s.len == string.len)
print(pcall(function() return s[1]() end))
print(pcall(function() return s:byte(1)() end))

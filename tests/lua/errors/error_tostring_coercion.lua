-- Error messages with numbers: error(42) stays a number, error("x" .. 1) a string.
local ok, e = pcall(error, 42)
print(type(e), e)
ok, e = pcall(function() error(42) end)
print(type(e), e)
ok, e = pcall(function() error("42") end)
print(type(e), e)
ok, e = pcall(function() error(42, 2) end)
print(type(e), e)

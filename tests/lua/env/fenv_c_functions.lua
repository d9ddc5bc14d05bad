-- getfenv of C functions returns the global table; setfenv on them is an error.
print(getfenv(print) == _G, getfenv(string.format) == _G)
print(pcall(setfenv, string.len, {}))
print(type(getfenv(0)))
local ok, err = pcall(setfenv, 0, 42)
print(ok, err)

-- load(reader): a first piece that is nil or "" is only the look-ahead for a binary chunk; the
-- lexer calls the reader again and reads the chunk from there. Later empty pieces end it.
local n = 0
local f = load(function() n = n + 1; if n == 2 then return "return 42" end end)
print(n, f())
local parts = {"", "return 'second'"}
local i = 0
print(load(function() i = i + 1; return parts[i] end)())
local calls = 0
local g = load(function() calls = calls + 1; return nil end)
print(calls, type(g), g and g())
parts = {"", "", "return 1"}
i = 0
print(type(load(function() i = i + 1; return parts[i] end)))
print(i)
parts = {nil, "\27Lua"}
i = 0
local ok, err = load(function() i = i + 1; return parts[i] end, "=bin")
print(ok, err)
parts = {"return ", "", "7"}
i = 0
print(pcall(load(function() i = i + 1; return parts[i] end)))

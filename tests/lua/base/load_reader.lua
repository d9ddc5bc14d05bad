-- load with a reader function: pieces concatenated, nil/"" ends, errors in the reader.
local parts = {"return ", "1 ", "+ ", "41"}
local i = 0
local f = load(function() i = i + 1; return parts[i] end)
print(f())
local once = false
print(load(function() if not once then once = true; return "return 'x'" end return "" end)())
print(type(load(function() return nil end)))
-- (inside pcall, so that lua.c's traceback handler does not decorate the message)
print(pcall(function() return load(function() error("reader failed") end) end))
local given = false
print(load(function() if given then return nil end given = true; return 42 end))
print(pcall(function() return load(function() return {} end) end))
local pieces = {"ret", "urn ", "'split", " token'"}
i = 0
print(load(function() i = i + 1; return pieces[i] end, "=pieces")())
i = 0
local bad = {"return (", "1"}
print(load(function() i = i + 1; return bad[i] end, "=bad"))
print(pcall(load))
print(pcall(load, "return 1"))

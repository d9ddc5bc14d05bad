-- string.dump of Lua functions round-trips through loadstring (content not printed).
local function add(a, b) return a + b end
local d = string.dump(add)
print(type(d), #d > 0, d:sub(1, 4) == "\27Lua")
local add2 = loadstring(d)
print(add2(2, 3))
print(pcall(string.dump, print))
local withup = (function() local u = 1; return function() return u end end)()
local restored = loadstring(string.dump(withup))
print(pcall(restored))

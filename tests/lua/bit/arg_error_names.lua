-- The function name in argument errors comes from how it was called: field,
-- local, global, upvalue, method, or unknown when called from pcall itself.
print(pcall(bit.band))
print(pcall(bit.tohex, {}))
print(pcall(bit.lshift, 1, nil))
local band = bit.band
print(pcall(function() local r = band(1, {}) return r end))
bxor = bit.bxor
print(pcall(function() local r = bxor(nil) return r end))
local rol = bit.rol
local function up() local r = rol(1, false) return r end
print(pcall(up))
print(pcall(function() local r = bit:band(1) return r end))
print(pcall(function() local r = bit:lshift(1) return r end))
local t = {f = bit.tobit}
print(pcall(function() local r = t.f("nope") return r end))

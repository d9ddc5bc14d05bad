-- string.char: every byte value round-trips, numeric strings and floats are
-- accepted (truncated), out-of-range values and non-numbers are rejected.
local parts = {}
for i = 0, 255 do parts[#parts + 1] = string.char(i) end
local all = table.concat(parts)
print(#all)
local ok = true
for i = 0, 255 do if all:byte(i + 1) ~= i then ok = false end end
print(ok)
print(string.char(72, 101, 108, 108, 111))
print(string.char("72", " 105 ", 33.9))
print(string.char(0):len(), string.char(255):byte())
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(pcall(string.char, 65, 66, 1000))
print(pcall(string.char, 65, "B"))
print(pcall(string.char, {}))
print(pcall(string.char, nil))
print(pcall(string.char, 65, nil, 67))
print(pcall(string.char, 255.99))
print(pcall(string.char, -0.5))
print(string.char() == "", select("#", string.char()))
print(pcall(function() return string.char(65, 300) end))

-- bit is a global table and package.loaded.bit, so require returns the same table.
print(type(bit), package.loaded.bit == bit)
local b = require("bit")
print(b == bit, require "bit" == bit)
local names = {}
for k, v in pairs(bit) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
local band, tohex = b.band, b.tohex
print(band(0xf0, 0x3c), tohex(band(0xf0, 0x3c), 2))

-- math.min/max: one argument, many arguments, numeric strings, infinities,
-- the argument number reported for bad values, and missing arguments.
print(math.min(5), math.max(5), math.min("7"), math.max(-1/0))
print(math.min(3, 1, 2), math.max(3, 1, 2), math.min(-1, -5, 10, 0), math.max(-1, -5, 10, 0))
print(math.min(1/0, -1/0), math.max(1/0, -1/0), math.min(1e308, 1e308 * 10))
print(math.max("10", "9", 8), math.min("10", "9", 8))
local many = {}
for i = 1, 100 do many[i] = (i * 37) % 101 end
print(math.min(unpack(many)), math.max(unpack(many)))
print(pcall(function() return math.min() end))
print(pcall(function() return math.max() end))
print(pcall(function() return math.min(1, "x") end))
print(pcall(function() return math.max(1, 2, {}) end))
print(pcall(function() return math.max(nil, 1) end))
print(pcall(function() return math.min(1, 2, 3, nil) end))
print(pcall(math.max, 1, true))
print(math.max(2, 2.5, 2), math.min(2.5, 2, 2.5))
print(math.max(0.1 + 0.2, 0.3), math.min(0.1 + 0.2, 0.3))

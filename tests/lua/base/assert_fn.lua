-- assert passes through all values; errors carry the message unchanged.
print(assert(1, "m", 3))
print(pcall(assert, nil, "boom"))
print(pcall(assert, false))
local ok, e = pcall(assert, 0)
print(ok, e)

-- math functions accept numeric strings; errors for non-numbers name the function.
print(math.floor("2.5"), math.sqrt("9"), math.max("3", 2))
print(pcall(function() return math.floor({}) end))
print(pcall(function() return math.sqrt() end))
print(pcall(function() return math.fmod(1) end))
print(math.floor(-0.0 + 0), math.ceil(-0.4))
print(math.floor(2^60) == 2^60, math.ceil(1e300) == 1e300)

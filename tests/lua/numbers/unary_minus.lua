-- Unary minus on numbers, numeric strings (coerced) and the constant folding cases.
local two = 2
print(-two, - -two, -(-two))
print(-"3", -" 4 ", -"0x10")
print(pcall(function() return -"abc" end))
print(pcall(function() return -{} end))
print(pcall(function() return -nil end))
print(-2^2, -two^2)
local z = 0
print(-z)
print(-(1e308 * 10))

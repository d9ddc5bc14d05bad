-- How lua5.1 (glibc printf) prints NaN values: 0/0 and inf-inf give -nan or nan.
local inf = math.huge
print(0 / 0, -(0 / 0))
print(inf - inf, -(inf - inf))
print(math.sqrt(-1))
print(inf * 0)
print(string.format("%.3f", 0 / 0))
print(tostring(0 / 0))
local zero = 0
print(5 % zero, 5 % math.huge, math.huge % 2)
print(math.fmod(1, 0), math.fmod(math.huge, 1))
print(string.format("%g %f", zero / zero, -(zero / zero)))
local t = {zero / zero}
print(t[1] ~= t[1], #t)

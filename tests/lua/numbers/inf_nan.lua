-- Infinity and NaN: printing, comparisons, arithmetic, use as table keys.
local inf = math.huge
local ninf = -math.huge
print(inf, ninf, inf + 1, inf - inf ~= inf - inf)
local nan = inf - inf
print(nan ~= nan, nan == nan, nan < 1, nan > 1, nan <= nan)
print(1 / 0, -1 / 0)
print(inf > 1e308, ninf < -1e308)
print(math.floor(inf), math.ceil(ninf))
print(inf * 0 ~= inf * 0)
print(tostring(inf), tostring(ninf))
print(inf == math.huge, -inf == ninf)
print(math.max(1, inf), math.min(1, ninf))
print(2 ^ 1024, -(2 ^ 1024))
print(1e308 * 10 == inf)
print(string.format("%f %g %e", inf, ninf, inf))
print(tonumber("inf"), tonumber("nan"), tonumber("-inf"))

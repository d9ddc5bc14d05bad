-- math.huge and math.pi in arithmetic, comparisons, formatting and conversion
-- back from strings; operations that produce NaN from math.huge.
local h, pi = math.huge, math.pi
print(h, -h, h + 1 == h, h - h ~= h - h, h * 0 ~= h * 0, h / h ~= h / h, -h < h)
print(math.floor(h), math.ceil(-h), math.abs(-h), math.max(h, 0), math.min(-h, 0))
print(tostring(h), tonumber(tostring(h)), tonumber("-inf"), tonumber("1e400") == h)
print(string.format("%f %e %g %5.1f|%-6g|", h, -h, h, h, -h))
print(pi, string.format("%.15f", pi), math.floor(pi * 1e6), math.sin(pi) < 1e-15, math.cos(pi))
print(2 * pi, pi / 2, pi ^ 2, -pi, pi % 1, 1 / pi)
print(h % 2 ~= h % 2, 5 % h, -5 % h, 5 % -h, 0 % h)
print(math.fmod(5, h), math.fmod(-5, h), 2 ^ h, 0.5 ^ h, h ^ 0, h ^ -1)
local t = {}
t[h] = "inf key"
t[-h] = "-inf key"
print(t[math.huge], t[-math.huge], t[1/0])

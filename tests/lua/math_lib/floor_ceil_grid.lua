-- math.floor/ceil on negatives, halves, huge values, infinities, NaN and
-- numeric strings; math.abs on the same values.
local vals = {0.5, -0.5, 1.5, -1.5, 2.4999, -2.4999, 1e15 + 0.5, -1e15 - 0.5, 2^52 + 0.5, 2^53,
  2^63, -2^63, 1e300, -1e300, 1/0, -1/0, 123456789.999, -123456789.999, 1e-300, -1e-300}
for _, v in ipairs(vals) do
  print(v, math.floor(v), math.ceil(v), math.abs(v))
end
local nan = 0/0
print(math.floor(nan) ~= math.floor(nan), math.ceil(nan) ~= math.ceil(nan), math.abs(nan) ~= math.abs(nan))
print(math.floor("  -2.5 "), math.ceil("0x10"), math.abs("-1e2"))
print(pcall(function() return math.floor() end))
print(pcall(function() return math.ceil(nil) end))
print(pcall(function() return math.abs("abc") end))
print(pcall(function() return math.floor({}) end))
print(select("#", math.floor(1.5)), select("#", math.ceil(1.5, 9)))

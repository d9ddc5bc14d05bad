-- tostring/tonumber round trips: %.14g loses bits, so some values do not round-trip.
local vals = {1, 0.5, 0.1, 1/3, 2^53, 1e15, 1e-10, 123.456, math.pi, -2.5}
for _, v in ipairs(vals) do
  local s = tostring(v)
  print(s, tonumber(s) == v)
end
print(tonumber(tostring(1e308)), tonumber(tostring(-1e-308)))

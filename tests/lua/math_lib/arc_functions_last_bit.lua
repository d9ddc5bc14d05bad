-- asin, acos, atan and atan2 to the last bit (%.17g): glibc rounds them correctly
-- where fdlibm's versions are one unit off for a few percent of arguments.
local function f(x) return x ~= x and "nan" or string.format("%.17g", x) end
for k = -100, 100, 3 do
  local x = k / 100
  print(x, f(math.asin(x)), f(math.acos(x)), f(math.atan(x)), f(math.atan(x * 7)))
end
for e = -8, 8 do
  local x = 1.7 * 10 ^ e
  print(e, f(math.atan(x)), f(math.atan(-x)), f(math.asin(1 - 10 ^ -(e + 9))), f(math.acos(1 - 10 ^ -(e + 9))))
end
for y = -5, 5 do
  local row = {}
  for x = -5, 5 do row[#row + 1] = f(math.atan2(y / 3, x / 7)) end
  print(y, table.concat(row, " "))
end
print(f(math.atan2(1e-300, 1e300)), f(math.atan2(1e300, -1e-300)), f(math.atan2(-1, -1e300)), f(math.atan2(5e-324, -1)))
print(f(math.asin(1)), f(math.acos(-1)), f(math.acos(1)), f(math.atan(1 / 0)), f(math.atan(-1 / 0)), f(math.asin(5e-324)))

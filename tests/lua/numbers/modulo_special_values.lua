-- a % b is a - floor(a/b)*b in 5.1: infinities and NaN operands, negative zero, mixed
-- signs, fractional operands; the same values through a loop that warms the fast paths.
local inf, nan = math.huge, 0/0
local vals = {5, -5, 5.5, -5.5, 0, 3, -3, 0.5, inf, -inf, 1e308, 2^53, 1e-300}
local function fmt(x) if x ~= x then return "nan" end return tostring(x) end
for _, a in ipairs(vals) do
  local row = {}
  for _, b in ipairs(vals) do row[#row + 1] = fmt(a % b) end
  print(fmt(a), table.concat(row, " "))
end
local acc = {}
for i = -6, 6 do
  for j = -4, 4 do
    acc[#acc + 1] = fmt(i % j)
  end
end
print(table.concat(acc, " "))
local z = 0
print(fmt(-z % 1), fmt(z % -1), 1 / (z % -1), 1 / (-z % 5))
print(fmt(math.fmod(5, inf)), fmt(math.fmod(-5, inf)), fmt(math.fmod(inf, 5)), fmt(math.fmod(5, 0)))
print(fmt(math.fmod(-6, 4)), fmt(math.fmod(6, -4)), fmt(math.fmod(-0.5, 1)))
local s = 0
for i = 1, 2000 do s = s + (i * 7919) % 97 end
print(s)
local t = 0
for i = 1, 2000 do t = t + (i * -7919) % 97.5 end
print(t)

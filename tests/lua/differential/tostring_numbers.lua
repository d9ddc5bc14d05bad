-- Differential test of number-to-string conversion (%.14g): tostring, print, io.write,
-- concatenation, table.concat and string coercion of generated doubles (random bits, decimals,
-- integers, halfway cases, extremes), and tonumber of the printed forms.
local F = dofile("lib/format.lua")
local G = F.G
G.seed(10010)
for case = 1, 2500 do
  local v = F.number()
  local s = tostring(v)
  local back = tonumber(s)
  -- the printed form read back: equal, or how far it is in units of v
  local same = back == v or (back ~= back and v ~= v)
  print(case, v, s .. "|" .. v .. "|" .. string.format("%.14g", v), string.len(v), same,
    string.format("%.17g", v))
  if case % 5 == 0 then
    io.write(v, " ", -v, " ", table.concat({v, v / 7}, ","), "\n")
  end
end
-- powers of ten and two around the switch between fixed and exponent notation
local p = 1
for k = 0, 20 do
  print("p10", k, p, -p, 1 / p, p + 0.5, p - 1, p * 1.5)
  p = p * 10
end
for k = -60, 70, 3 do
  local v = F.pow2(k)
  print("p2", k, v, -v, v * 3, v / 3)
end

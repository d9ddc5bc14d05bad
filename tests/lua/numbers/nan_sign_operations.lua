-- The sign of NaN results as printed by lua5.1 on x86-64 ("-nan"/"nan") for each operation
-- that makes one, before and after the function is hot.
local function ops(z, one, inf)
  local r = {}
  r[1] = z / z
  r[2] = -(z / z)
  r[3] = inf - inf
  r[4] = inf * z
  r[5] = math.sqrt(-one)
  r[6] = math.fmod(one, z)
  r[7] = math.log(-one)
  r[8] = math.acos(2 * one)
  r[9] = (z / z) * -one
  r[10] = math.abs(z / z)
  r[11] = math.floor(z / z)
  r[12] = (z / z) + one
  r[13] = one + (z / z)
  r[14] = (z / z) % one
  r[15] = one % z
  r[16] = 2 ^ (z / z)
  r[17] = (-(z / z)) ^ one
  r[18] = math.max(z / z, one)
  r[19] = math.min(one, z / z)
  r[20] = -inf + inf
  r[21] = inf % one
  r[22] = math.ceil(-(z/z))
  r[23] = math.modf(z / z)
  r[24] = select(2, math.modf(-(z / z)))
  r[25] = math.pow(-one, 0.5)
  r[26] = math.sin(inf)
  r[27] = math.exp(z / z)
  r[28] = tonumber(tostring(z / z))
  local s = {}
  for i = 1, 28 do s[i] = tostring(r[i]) end
  return table.concat(s, " ")
end
local first = ops(0, 1, math.huge)
print(first)
local same = 0
for i = 1, 20000 do if ops(0, 1, math.huge) == first then same = same + 1 end end
print(same)
print(ops(0, 1, math.huge))

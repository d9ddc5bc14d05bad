-- Every operation on pseudo-random operands mixing small, negative, fractional
-- (ties included) and huge values, with random shift counts and tohex widths.
local seed = 20240611
local function rnd()
  seed = (seed * 69069 + 1) % 2^32
  return seed
end
local function num()
  local k, r = rnd() % 8, rnd()
  if k == 0 then return r
  elseif k == 1 then return -r
  elseif k == 2 then return r / 256
  elseif k == 3 then return r * 2^(rnd() % 40)
  elseif k == 4 then return r % 64 - 32
  elseif k == 5 then return (r % 4096) + 0.5
  elseif k == 6 then return -(r / 16)
  else return r * 2^20 + rnd() end
end
for i = 1, 300 do
  local x, y, z = num(), num(), num()
  local n = rnd() % 80 - 20
  local w = rnd() % 41 - 20
  print(i, bit.tobit(x), bit.bnot(x), bit.bswap(x), bit.band(x, y), bit.bor(x, y, z), bit.bxor(x, y, z),
    bit.lshift(x, n), bit.rshift(x, n), bit.arshift(x, n), bit.rol(x, y), bit.ror(x, n),
    bit.tohex(x, w), bit.tohex(y))
end

-- Algebraic identities of the bit operations over a grid of values and counts
-- (printed as counts of checks, plus a checksum of all results).
local xs = {}
local v = 1
for i = 1, 40 do
  v = (v * 69069 + 1) % 2^32
  xs[#xs + 1] = v
  xs[#xs + 1] = -v
end
xs[#xs + 1] = 0; xs[#xs + 1] = -1; xs[#xs + 1] = 0x80000000; xs[#xs + 1] = 0x7fffffff
local checks, sum = 0, 0
local function check(c) assert(c) checks = checks + 1 end
for _, x in ipairs(xs) do
  local t = bit.tobit(x)
  check(bit.bnot(x) == -t - 1)
  check(bit.bxor(x, x) == 0)
  check(bit.band(x, -1) == t and bit.bor(x, 0) == t)
  check(bit.bswap(bit.bswap(x)) == t)
  for n = 0, 31 do
    check(bit.rol(x, n) == bit.bor(bit.lshift(x, n), bit.rshift(x, 32 - n)) or n == 0)
    check(bit.ror(x, n) == bit.rol(x, 32 - n))
    check(bit.arshift(x, n) == math.floor(t / 2^n))
    check(bit.lshift(x, n) == bit.lshift(x, n + 32))
    sum = (sum + bit.rol(x, n) + bit.rshift(x, n) + bit.arshift(x, n)) % 2^32
  end
end
print(checks, sum)

-- SHA-256 with the bit library: ror, rshift, band, bxor, bnot on signed
-- 32-bit results, sums normalized with tobit, digests through tohex.
local bxor, band, bnot, ror, rshift, tobit, tohex =
  bit.bxor, bit.band, bit.bnot, bit.ror, bit.rshift, bit.tobit, bit.tohex

local K = {}
do
  local primes, n = {}, 2
  while #primes < 64 do
    local prime = true
    for _, p in ipairs(primes) do
      if p * p > n then break end
      if n % p == 0 then prime = false; break end
    end
    if prime then primes[#primes + 1] = n end
    n = n + 1
  end
  for i, p in ipairs(primes) do
    local root = p ^ (1 / 3)
    K[i] = tobit(math.floor((root - math.floor(root)) * 2 ^ 32))
  end
end
local H0 = {
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
  0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

local function preprocess(msg)
  local len = #msg
  local extra = (55 - len) % 64
  local bits = len * 8
  local tail = {}
  for i = 7, 0, -1 do
    tail[#tail + 1] = string.char(math.floor(bits / 256 ^ i) % 256)
  end
  return msg .. "\128" .. string.rep("\0", extra) .. table.concat(tail)
end

local function digest(msg)
  msg = preprocess(msg)
  local h = {}
  for i = 1, 8 do h[i] = tobit(H0[i]) end
  local w = {}
  for chunk = 1, #msg, 64 do
    for i = 1, 16 do
      local a, b, c, d = string.byte(msg, chunk + (i - 1) * 4, chunk + i * 4 - 1)
      w[i] = bit.bor(bit.lshift(a, 24), bit.lshift(b, 16), bit.lshift(c, 8), d)
    end
    for i = 17, 64 do
      local v, u = w[i - 15], w[i - 2]
      local s0 = bxor(ror(v, 7), ror(v, 18), rshift(v, 3))
      local s1 = bxor(ror(u, 17), ror(u, 19), rshift(u, 10))
      w[i] = tobit(w[i - 16] + s0 + w[i - 7] + s1)
    end
    local a, b, c, d, e, f, g, hh = h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8]
    for i = 1, 64 do
      local S1 = bxor(ror(e, 6), ror(e, 11), ror(e, 25))
      local ch = bxor(band(e, f), band(bnot(e), g))
      local t1 = tobit(hh + S1 + ch + K[i] + w[i])
      local S0 = bxor(ror(a, 2), ror(a, 13), ror(a, 22))
      local maj = bxor(band(a, b), band(a, c), band(b, c))
      local t2 = tobit(S0 + maj)
      hh, g, f, e, d, c, b, a = g, f, e, tobit(d + t1), c, b, a, tobit(t1 + t2)
    end
    h[1] = tobit(h[1] + a); h[2] = tobit(h[2] + b)
    h[3] = tobit(h[3] + c); h[4] = tobit(h[4] + d)
    h[5] = tobit(h[5] + e); h[6] = tobit(h[6] + f)
    h[7] = tobit(h[7] + g); h[8] = tobit(h[8] + hh)
  end
  local hex = {}
  for i = 1, 8 do hex[i] = tohex(h[i]) end
  return table.concat(hex)
end

print(tohex(K[1]), tohex(K[2]), tohex(K[64]), K[64])
print(digest(""))
print(digest("abc"))
print(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
print(digest(string.rep("a", 1000)))
local text = {}
for i = 1, 100 do text[i] = i .. ":" .. string.rep(string.char(65 + i % 26), i % 11) end
print(digest(table.concat(text, "\n")))
print(bxor(0xffffffff, 0x12345678), band(0xf0f0f0f0, 0xff00ff00), ror(1, 1), bnot(0))

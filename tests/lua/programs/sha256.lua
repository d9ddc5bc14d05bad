-- SHA-256 with 32-bit words as doubles: xor/and/not built from math.floor and
-- % over nibbles, rotations by multiplication and division; digests of the
-- standard test strings printed with %08x.
local MOD = 2 ^ 32

local xor4, and4 = {}, {}
for a = 0, 15 do
  xor4[a], and4[a] = {}, {}
  for b = 0, 15 do
    local x, y, r, s, bit = a, b, 0, 0, 1
    for _ = 1, 4 do
      local p, q = x % 2, y % 2
      if p ~= q then r = r + bit end
      if p == 1 and q == 1 then s = s + bit end
      x, y, bit = (x - p) / 2, (y - q) / 2, bit * 2
    end
    xor4[a][b], and4[a][b] = r, s
  end
end

local function bitop(tbl, a, b)
  local r, scale = 0, 1
  for _ = 1, 8 do
    local p, q = a % 16, b % 16
    r = r + tbl[p][q] * scale
    a, b, scale = (a - p) / 16, (b - q) / 16, scale * 16
  end
  return r
end
local function bxor(a, b) return bitop(xor4, a, b) end
local function band(a, b) return bitop(and4, a, b) end
local function bnot(a) return MOD - 1 - a end
local function rrot(a, n)
  local low = a % 2 ^ n
  return (a - low) / 2 ^ n + low * 2 ^ (32 - n)
end
local function rshift(a, n) return math.floor(a / 2 ^ n) end

local K = {}
do
  -- first 32 bits of the fractional parts of the cube roots of the first 64 primes
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
    -- the double cube root is precise enough for these 32 bits
    local root = p ^ (1 / 3)
    K[i] = math.floor((root - math.floor(root)) * MOD)
  end
end
local H0 = {
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
  0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

local function preprocess(msg)
  local len = #msg
  local extra = 64 - (len + 9) % 64
  if extra == 64 then extra = 0 end
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
  for i = 1, 8 do h[i] = H0[i] end
  local w = {}
  for chunk = 1, #msg, 64 do
    for i = 1, 16 do
      local a, b, c, d = string.byte(msg, chunk + (i - 1) * 4, chunk + i * 4 - 1)
      w[i] = ((a * 256 + b) * 256 + c) * 256 + d
    end
    for i = 17, 64 do
      local v, u = w[i - 15], w[i - 2]
      local s0 = bxor(bxor(rrot(v, 7), rrot(v, 18)), rshift(v, 3))
      local s1 = bxor(bxor(rrot(u, 17), rrot(u, 19)), rshift(u, 10))
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) % MOD
    end
    local a, b, c, d, e, f, g, hh = h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8]
    for i = 1, 64 do
      local S1 = bxor(bxor(rrot(e, 6), rrot(e, 11)), rrot(e, 25))
      local ch = bxor(band(e, f), band(bnot(e), g))
      local t1 = (hh + S1 + ch + K[i] + w[i]) % MOD
      local S0 = bxor(bxor(rrot(a, 2), rrot(a, 13)), rrot(a, 22))
      local maj = bxor(bxor(band(a, b), band(a, c)), band(b, c))
      local t2 = (S0 + maj) % MOD
      hh, g, f, e, d, c, b, a = g, f, e, (d + t1) % MOD, c, b, a, (t1 + t2) % MOD
    end
    h[1] = (h[1] + a) % MOD; h[2] = (h[2] + b) % MOD
    h[3] = (h[3] + c) % MOD; h[4] = (h[4] + d) % MOD
    h[5] = (h[5] + e) % MOD; h[6] = (h[6] + f) % MOD
    h[7] = (h[7] + g) % MOD; h[8] = (h[8] + hh) % MOD
  end
  local hex = {}
  for i = 1, 8 do hex[i] = string.format("%08x", h[i]) end
  return table.concat(hex)
end

print(string.format("%08x %08x %08x", K[1], K[2], K[64]))
print(digest(""))
print(digest("abc"))
print(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
print(digest(string.rep("a", 1000)))
local text = {}
for i = 1, 100 do text[i] = i .. ":" .. string.rep(string.char(65 + i % 26), i % 11) end
print(digest(table.concat(text, "\n")))
print(bxor(0xffffffff, 0x12345678), band(0xf0f0f0f0, 0xff00ff00), rrot(1, 1), bnot(0))

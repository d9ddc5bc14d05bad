-- pidigits shape: the spigot for pi with arbitrary-precision naturals kept as
-- little-endian base-10^4 limbs in tables; digits printed 10 per line.
local BASE = 10000

local function fromint(n)
  local r = {}
  repeat
    r[#r + 1] = n % BASE
    n = math.floor(n / BASE)
  until n == 0
  return r
end

local function trim(a)
  local n = #a
  while n > 1 and a[n] == 0 do a[n] = nil; n = n - 1 end
  return a
end

local function add(a, b)
  local r, carry = {}, 0
  for i = 1, math.max(#a, #b) do
    local s = (a[i] or 0) + (b[i] or 0) + carry
    if s >= BASE then r[i] = s - BASE; carry = 1 else r[i] = s; carry = 0 end
  end
  if carry > 0 then r[#r + 1] = carry end
  return r
end

-- a - b with a >= b
local function sub(a, b)
  local r, borrow = {}, 0
  for i = 1, #a do
    local s = a[i] - (b[i] or 0) - borrow
    if s < 0 then r[i] = s + BASE; borrow = 1 else r[i] = s; borrow = 0 end
  end
  return trim(r)
end

local function mulsmall(a, m)
  local r, carry = {}, 0
  for i = 1, #a do
    local p = a[i] * m + carry
    r[i] = p % BASE
    carry = math.floor(p / BASE)
  end
  while carry > 0 do
    r[#r + 1] = carry % BASE
    carry = math.floor(carry / BASE)
  end
  return trim(r)
end

local function cmp(a, b)
  if #a ~= #b then return #a < #b and -1 or 1 end
  for i = #a, 1, -1 do
    if a[i] ~= b[i] then return a[i] < b[i] and -1 or 1 end
  end
  return 0
end

-- signed numbers: a magnitude table plus a field neg
local function signed(mag, neg)
  mag.neg = neg and not (#mag == 1 and mag[1] == 0) or nil
  return mag
end

local function sadd(a, b)
  if (a.neg or false) == (b.neg or false) then return signed(add(a, b), a.neg) end
  if cmp(a, b) >= 0 then return signed(sub(a, b), a.neg) end
  return signed(sub(b, a), b.neg)
end

local function sneg(a)
  local r = {}
  for i = 1, #a do r[i] = a[i] end
  return signed(r, not a.neg)
end

local function smul(a, m)
  return signed(mulsmall(a, m), a.neg)
end

-- floor(a / b) for a >= 0, b > 0 and a small quotient
local function smallquot(a, b)
  local q, acc = 0, { 0 }
  while true do
    local nxt = add(acc, b)
    if cmp(nxt, a) > 0 then return q end
    acc = nxt
    q = q + 1
  end
end

local function pidigits(count)
  local q, r, t = fromint(1), fromint(0), fromint(1)
  local k, out, line = 0, 0, {}
  local most = 0
  while out < count do
    k = k + 1
    local k2 = 2 * k + 1
    -- (q, r, t) <- (q*k, (2q + r)*k2, t*k2)
    r = smul(sadd(add(q, q), r), k2)
    q = mulsmall(q, k)
    t = mulsmall(t, k2)
    if not r.neg and cmp(q, r) <= 0 then
      local d = smallquot(sadd(mulsmall(q, 3), r), t)
      local d4 = smallquot(sadd(mulsmall(q, 4), r), t)
      if d == d4 then
        out = out + 1
        line[#line + 1] = d
        if #line == 10 then
          io.write(table.concat(line), "\t:", out, "\n")
          line = {}
        end
        -- (q, r) <- (10q, 10(r - d t))
        r = smul(sadd(r, sneg(mulsmall(t, d))), 10)
        q = mulsmall(q, 10)
        if #t > most then most = #t end
      end
    end
  end
  if #line > 0 then
    io.write(table.concat(line), string.rep(" ", 10 - #line), "\t:", out, "\n")
  end
  return k, most, #q, #r, #t, r.neg
end

print(pidigits(250))

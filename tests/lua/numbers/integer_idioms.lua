-- Integer idioms on doubles: floor division via math.floor, modulo of negatives, rounding
-- to nearest, parity tests, digit sums, base conversion, and bit-like operations by arithmetic.
local function idiv(a, b) return math.floor(a / b) end
for _, p in ipairs({{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {1e15, 7}, {2^53, 3}}) do
  io.write(string.format("%s//%s=%s %s%%%s=%s  ", p[1], p[2], idiv(p[1], p[2]), p[1], p[2], p[1] % p[2]))
end
print()
local function round(x) return math.floor(x + 0.5) end
print(round(2.5), round(-2.5), round(0.49999999999999994), round(1e16 + 1))
local function digits(n) local s = 0 while n > 0 do s = s + n % 10; n = math.floor(n / 10) end return s end
print(digits(123456789), digits(2^53), digits(0))
local function tobase(n, b)
  local d = "0123456789abcdefghijklmnopqrstuvwxyz"
  if n == 0 then return "0" end
  local out = ""
  while n > 0 do local r = n % b; out = d:sub(r + 1, r + 1) .. out; n = (n - r) / b end
  return out
end
print(tobase(255, 2), tobase(255, 16), tobase(2^40, 36), tonumber(tobase(123456, 7), 7))
local function band(a, b)
  local r, bit = 0, 1
  while a > 0 and b > 0 do
    if a % 2 == 1 and b % 2 == 1 then r = r + bit end
    a, b, bit = math.floor(a / 2), math.floor(b / 2), bit * 2
  end
  return r
end
print(band(12, 10), band(255, 15), band(2^31 - 1, 2^16 + 5))
print(7 % 2 == 1, -7 % 2 == 1, 2^63 % 2, (2^53 + 1) % 2, 1e308 % 3)

-- math.frexp/ldexp: powers of two, negatives, subnormals, zero, infinities,
-- round trips, and non-integer exponents (truncated).
for _, v in ipairs({1, 2, 3, 0.5, 0.1, -1, -1024, 1e300, 1e-300, 2^-1074, 2^1023, 0, 1/0, -1/0, 123.456}) do
  local m, e = math.frexp(v)
  print(v, m, e, math.ldexp(m, e) == v)
end
local m, e = math.frexp(0/0)
print(m ~= m, e)
for _, e in ipairs({-1080, -1074, -1022, -1, 0, 1, 10, 1023, 1024, 2000, 1.5, -1.5, 2.99, "3"}) do
  print(e, math.ldexp(1, e), math.ldexp(-3, e), math.ldexp(0.75, e))
end
print(math.ldexp(0, 5000), math.ldexp(1/0, -5000))
print(pcall(math.ldexp, 1))
print(pcall(math.ldexp, nil, 1))
print(pcall(math.ldexp, 1, "x"))
print(pcall(math.frexp))
print(pcall(function() return math.frexp("two") end))

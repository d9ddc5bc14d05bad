-- math.modf keeps the sign of its argument in both parts, as C's modf does
-- (negative integers and -inf give a -0 fraction; nan gives nan twice).
local function negzero() local z = 0; return -z end
for _, v in ipairs({3.75, -3.75, 5, -5, 2^53, -2^53, 1e300, -1e300, 0.5, -0.5}) do
  print(v, math.modf(v))
end
print(math.modf(1/0))
print(math.modf(-1/0))
print(math.modf(negzero()))
local ip, fp = math.modf(0/0)
print(ip ~= ip, fp ~= fp)
print(pcall(math.modf))
print(pcall(math.modf, "x"))
print(math.modf("-2.5"))
print(select('#', math.modf(1)))

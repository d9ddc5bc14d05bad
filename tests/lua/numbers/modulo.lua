-- The % operator: a - floor(a/b)*b, sign follows the divisor, floats, zero divisor.
for _, a in ipairs({7, -7, 7.5, -7.5, 0}) do
  for _, b in ipairs({3, -3, 2.5, -2.5}) do
    io.write(a, " % ", b, " = ", a % b, "\n")
  end
end
local function isnan(x) return x ~= x end
local zero = 0
print(isnan(5 % zero), isnan(-5 % zero), isnan(zero % zero))
print(isnan(5 % math.huge), isnan(-5 % math.huge), isnan(math.huge % 2))
print(1e300 % 7)
print(2^53 % 3)
print(-zero % 1, zero % -1)

-- Large integer-valued doubles: exact up to 2^53, formatting at 1e14/1e15 boundary.
local x = 1
for i = 1, 60 do
  x = x * 2
  if i % 6 == 0 or i > 48 then print(i, x) end
end
print(2^53 - 1, 2^53, 2^53 + 2)
print(999999999999999, 9999999999999999)
print(100000000000001, 1000000000000001)
print(-123456789012345, -1234567890123456)

-- Number comparison, equality across types (no coercion for ==), NaN.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, -1 > -2)
print(1 == 1.0, 0 == -0, "1" == 1, 1 ~= "1")
print(math.huge > 1e308, -math.huge < -1e308)
print(pcall(function() return 1 < "2" end))
print(pcall(function() return "1" < 2 end))
print(pcall(function() return 1 <= nil end))
print(pcall(function() return {} < 1 end))
print(1 == nil, nil == false, false == false)
print(2^53 == 2^53 + 1, 2^52 == 2^52 + 1)
print(0.1 + 0.2 > 0.3)
local a, b = 3, 3.0
print(a == b, a <= b, a >= b, a < b)

-- tostring/print use %.14g: integer-looking doubles, boundary magnitudes, rounding at
-- 14 significant digits, huge and tiny values, negative zero from arithmetic.
local xs = {
  1, -1, 0.5, 1/3, 2/3, 10/3, 1e14, 1e14 + 1, 99999999999999, 999999999999999,
  1e15, 123456789012345, 12345678901234.5, 0.1 + 0.2, 1 - 1e-15, 1e-4, 1e-5, 0.0001234,
  2^31, 2^32, 2^52, 2^53, 2^63, 2^64, 2^1023, 2^-1074, 1e300 * 1e10, -1e300 * 1e10,
  3.14159265358979, 2.718281828459045, 100, 1e2, 5e-324, 1.7976931348623157e308,
  123.456, -0.000001, 1e21, 1e-7, 12345678.9, 0.1, 0.7,
}
for i, x in ipairs(xs) do
  print(i, x, tostring(x), string.format("%.14g", x) == tostring(x))
end
local z = 0
print(-z, z * -1, -z + 0, 0 / -1, math.ceil(-0.5), -z == z)
local nan = 0 / 0
print(nan ~= nan, tostring(nan) == tostring(-(0/0)) or "differs")
print(math.floor(2.5), math.floor(-2.5), nan, -nan, tostring(0/0), -(0/0))

-- %.14g output of assorted values (tostring of numbers)
local vals = {0.1, 1/3, 2/3, 1e15, 1e16, 123456789012345, 1234567890123456,
  1e100, 1e-5, 1e-4, 0.0001, 123.456, 1e14, 99999999999999.9, 5e-324, 1.7976931348623157e308,
  2^53, 2^63, -2^63, 2^-1074, 100, -100, 1e21, 12345678901234567890, 0.1 + 0.2, 3.14159265358979}
for _, v in ipairs(vals) do print(v, -v) end
print(string.format("%.14g|%.3g|%g|%.0g|%#g", 0.5, 1234567, 1e-10, 2.5, 1))
print(string.format("%.20g", 0.1))
print(string.format("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5))
print(string.format("%e %.0e %E", 12345.678, 5, 0.00012))
print(string.format("%a", 1) == "0x1p+0")

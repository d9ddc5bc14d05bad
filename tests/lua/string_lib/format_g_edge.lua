-- %g chooses fixed or exponent notation by exponent; precision 0 means 1.
print(string.format("%g %g %g %g", 1e-4, 1e-5, 123456, 1234567))
print(string.format("%.0g %.1g %.2g", 123, 123, 123))
print(string.format("%#g %#.3g", 1, 2.5))
print(string.format("%G %E", 1e-10, 12))
print(string.format("%10.3g|%-10.3g|%010.3g", 3.14159, 3.14159, 3.14159))

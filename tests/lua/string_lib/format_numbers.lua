-- string.format numeric specifiers across ranges: %d with large values, %g, %e, %a absent.
for _, v in ipairs({0, 1, -1, 42, 2^31 - 1, -2^31, 2^40, 1e15, 3.7, -3.7}) do
  print(string.format("%d|%5.1f|%g|%e", v, v, v, v))
end
print(string.format("%x|%X|%o", 3735928559, 48879, 511))
print(string.format("%.3f|%.10g|%#.3g", 1/3, 1/3, 1))
print(string.format("%+.2e|% .3f", 12345.6789, 2.5))
print(string.format("%i", 12))
print(pcall(string.format, "%a", 1))
print(pcall(string.format, "%b", 1))

-- string.format rounds the exact binary value, ties to even (glibc printf): %.0f of halves,
-- %.2f of 0.125 and 0.375, %e and %g at ties, %.14g of values just below a tie.
local vals = {0.5, 1.5, 2.5, 3.5, -0.5, -2.5, 0.125, 0.375, 0.625, 2.675, 1.005, 1e15 + 0.5,
  0.05, 0.15, 0.25, 0.35, 12345.5, 1.25e-5, 5e-324, 2^-10}
for _, v in ipairs(vals) do
  print(string.format("%.0f %.1f %.2f %.3e %.2g %g %.14g %5.3s", v, v, v, v, v, v, v, v))
end
print(string.format("%.20f", 0.1), string.format("%.17g", 0.1), string.format("%.30g", 1/3))
print(string.format("%.0e %.0e %.0e", 5, 15, 25), string.format("%#.0f %#.0e %#g", 1, 1, 1))
print(string.format("%g %g %g %g %g", 100000, 1000000, 1e-4, 1e-5, 123456789))
print(string.format("%10.4g|%-10.4g|%+.3g|% .3g", math.pi, math.pi, math.pi, math.pi))
print(pcall(string.format, "%a", 1))

-- Exponent notation in literals and strings: sign forms, large and tiny exponents.
print(1e0, 1E1, 1e+1, 1e-1, 12e3, 1.5E-3)
print(tonumber("1e+308"), tonumber("1e-308"), tonumber("1e309"), tonumber("1e-400"))
print(2e-320 > 0, 1e-330 == 0)
print(tonumber("1E5") == tonumber("1e5"), tonumber(".1e1"), tonumber("1.e1"))

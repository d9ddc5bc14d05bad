-- math.frexp, ldexp, modf, fmod, abs, huge, pi, and 5.1's math.mod alias.
print(math.frexp(8), math.frexp(0.5), math.frexp(0), math.frexp(-3))
print(math.ldexp(0.5, 4), math.ldexp(1, -1), math.ldexp(3, 0))
print(math.modf(2.5), math.modf(-2.5))
print(math.fmod(10, 3), math.fmod(-10, 3), math.mod(10, 3))
print(math.huge, -math.huge, math.pi)
print(math.abs(-0.0 + 0), math.abs(-5), math.abs(5))
print(math.max(1, 2, 3), math.min(4, 2, 8), math.max(-1), math.min(2.5, 2.25))
print(pcall(math.floor), pcall(math.abs, nil))

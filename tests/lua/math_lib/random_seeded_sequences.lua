-- math.random after math.randomseed: sequences for fixed seeds (glibc rand()), ranges
-- [m, n] and [1, n], float results in [0, 1), argument errors, reseeding repeats.
math.randomseed(42)
local a = {}
for i = 1, 8 do a[i] = math.random(100) end
print(table.concat(a, " "))
math.randomseed(42)
local b = {}
for i = 1, 8 do b[i] = math.random(100) end
print(table.concat(a, " ") == table.concat(b, " "))
math.randomseed(7)
local r = {}
for i = 1, 5 do r[i] = math.random(-3, 3) end
print(table.concat(r, " "))
math.randomseed(1)
local f = math.random()
print(f >= 0 and f < 1, string.format("%.6f", f))
print(pcall(math.random, 0))
print(pcall(math.random, 3, 1))
print(pcall(math.random, 1, 2, 3))
print(pcall(math.random, "x"))
math.randomseed(123.9)
local c = math.random(1000)
math.randomseed(123)
print(c == math.random(1000))
math.randomseed("5")
local d = math.random(10)
math.randomseed(5)
print(d == math.random(10))
print(pcall(math.randomseed))
print(math.random(1, 1), math.random(5, 5))

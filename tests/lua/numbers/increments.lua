-- Accumulating floats in loops: sums of 0.1, harmonic sums, counters past 2^31.
local s = 0
for i = 1, 10 do s = s + 0.1 end
print(s, s == 1, string.format("%.17g", s))
local h = 0
for i = 1, 1000 do h = h + 1 / i end
print(h)
local c = 2^31 - 3
for i = 1, 6 do c = c + 1; io.write(c, " ") end
print()
local p = 1
for i = 1, 30 do p = p * 3 end
print(p, 3^30)
local f = 1
for i = 1, 25 do f = f * i end
print(f)
local m = 1
for i = 1, 20 do m = m / 10 end
print(m)

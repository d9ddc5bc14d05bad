-- Many targets and values in one assignment, beyond the register pressure of small cases.
local a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12 = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
print(a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12)
a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12 = a12, a11, a10, a9, a8, a7, a6, a5, a4, a3, a2, a1
print(a1, a2, a3, a10, a11, a12)
local t = {}
t[1], t[2], t[3], t[4], t[5] = "a", "b", "c"
print(#t, t[3], t[4])

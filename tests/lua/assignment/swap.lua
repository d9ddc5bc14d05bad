-- Swaps and rotations: all right-hand expressions are evaluated before assigning.
local a, b, c = 1, 2, 3
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
local t = {1, 2, 3}
t[1], t[3] = t[3], t[1]
print(t[1], t[2], t[3])
local i = 1
i, t[i] = i + 1, "x"
print(i, t[1], t[2])

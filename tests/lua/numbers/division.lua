-- Division always produces a double: by zero gives inf/-inf, 0/0 is NaN.
print(1 / 2, 3 / 3, -9 / 3, 1 / 3 * 3)
local zero = 0
local nz = -zero
print(1 / zero, -1 / zero, 1 / nz, -1 / nz)
local nan = zero / zero
print(nan ~= nan)
print(7 / 2 * 2, 2^53 / 2)
print(1e308 / 1e-10)
print(5e-324 / 2)
print(100 / 7)

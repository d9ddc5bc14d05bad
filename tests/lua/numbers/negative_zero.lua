-- Negative zero: produced by computations, printed as -0, equal to 0.
local z = 0
local nz = z * -1
local one = 1
print(nz, -z, z / -one, z * -one)
print(nz == 0, nz == z, nz < 0, nz > 0)
print(1 / nz, 1 / z)
print(tostring(nz), nz .. "")
print(math.abs(nz))
print(nz + 0, 0 + nz, nz - 0, nz * nz)
print(-(z))
local t = {}
t[nz] = "neg"
print(t[0], t[z])
print(string.format("%g %d %.1f", nz, nz, nz))
print(math.floor(-0.5), math.ceil(-0.5))
print(-0.5 % 1, 0.5 % -1)
print(math.fmod(-1, 1), math.fmod(1, -1))

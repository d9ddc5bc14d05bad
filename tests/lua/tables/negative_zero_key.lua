-- -0 and 0 are the same key; float keys with integer values normalise.
local t = {}
local z = 0
t[z] = "zero"
print(t[-z], t[0.0], t[z * -1])
t[-z] = "negzero"
print(t[0])
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
t[2^31] = "2^31"
print(t[2147483648], t[2^31 + 0.0])

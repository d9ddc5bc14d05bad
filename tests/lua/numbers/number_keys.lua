-- Float keys equal to integers index the same slot: t[1.0] == t[1], t[2^53].
local t = {}
t[1] = "one"
print(t[1.0], t[3/3], t["1"])
t[2.0] = "two"
print(t[2], #t)
t[1.5] = "x"
print(t[1.5], t[3/2], #t)
t[2^53] = "big"
print(t[2^53], t[9007199254740992])
t[-0.0 + 0] = "zero"
print(t[0])
local k = {}
for key in pairs(t) do k[#k + 1] = tostring(key) end
table.sort(k)
print(table.concat(k, " "))
print(rawget(t, 1.0), rawget(t, "1"))

-- Equal strings built differently are the same table key and compare equal.
local a = "hel" .. "lo"
local b = string.sub("xhellox", 2, 6)
local c = string.char(104, 101, 108, 108, 111)
print(a == b, b == c, rawequal(a, c))
local t = {[a] = 1}
print(t[b], t[c], t.hello)
t[b] = 2
print(t[a])
local n = 0
for k in pairs(t) do n = n + 1 end
print(n)
local k1, k2 = 10 .. "", "1" .. "0"
t[k1] = "ten"
print(t[k2], t[10])

-- # on tables whose border is deterministic in 5.1: arrays filled in order, cleared from the
-- end, constructor sizes with trailing nils, and tables grown past the array part.
local t = {}
for i = 1, 16 do t[i] = i end
print(#t)
for i = 16, 9, -1 do t[i] = nil end
print(#t)
t[9] = 9
print(#t)
local u = {1, 2, 3, 4, 5, 6, 7, 8}
u[8] = nil
u[7] = nil
print(#u)
local v = {n = 1}
for i = 1, 100 do v[i] = true end
print(#v)
for i = 100, 51, -1 do v[i] = nil end
print(#v)
local w = {}
w[1] = 1
w[2] = 2
w[3] = 3
print(#w)
w[3] = nil
print(#w)
local s = {"a", "b", "c"}
table.remove(s)
table.insert(s, "d")
print(#s, s[3])
local big = {}
for i = 1, 1000 do big[#big + 1] = i end
print(#big, big[#big])
while #big > 10 do big[#big] = nil end
print(#big)
print(#{nil, nil, nil}, #{1, 2, 3, nil}, #{n = 3}, #{[1] = 1, [2] = 2})

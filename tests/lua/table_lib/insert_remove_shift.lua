-- table.insert and table.remove in the middle of array parts of numbers and of objects, with
-- holes, at the ends, and past the array part: what element-by-element raw moves leave.
local function show(t, n) local p = {} for i = 1, n do p[#p+1] = tostring(t[i]) end return table.concat(p, ",") end
local t = {1, 2, 3, 4, 5}
table.insert(t, 1, 0); print(show(t, 7), #t)
table.insert(t, 3, "x"); print(show(t, 8), #t)
table.insert(t, #t + 1, "end"); print(show(t, 9), #t)
print(table.remove(t, 1), show(t, 9), #t)
print(table.remove(t, 4), show(t, 9), #t)
print(table.remove(t), show(t, 9), #t)
local h = {1, nil, 3}
table.insert(h, 1, "a"); print(show(h, 5))
local g = {}
for i = 1, 10 do table.insert(g, 1, i) end
print(show(g, 11), #g)
for i = 1, 4 do table.remove(g, 2) end
print(show(g, 11), #g)
local big = {}
for i = 1, 100 do big[i] = i * 1.5 end
table.insert(big, 50, "s"); print(big[49], big[50], big[51], big[101], #big)
print(table.remove(big, 50), big[50], big[100], big[101], #big)
local q = {n = 1}
table.insert(q, 1, "only"); print(q[1], #q)
table.insert(q, 5, "far"); print(q[5], #q)
print(table.remove({}), table.remove({}, 1))

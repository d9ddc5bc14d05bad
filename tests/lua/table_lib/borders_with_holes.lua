-- The border (#) that insert/remove/getn/unpack use on tables with holes, as
-- lua5.1's luaH_getn finds it for these constructions.
local function layout(t, n) local o = {} for i = 1, n do o[i] = t[i] == nil and "." or "x" end return table.concat(o) end
local t = {}
for i = 1, 20 do t[i] = i end
for _, k in ipairs({3, 7, 8, 15, 20, 19}) do t[k] = nil end
print(#t, layout(t, 20))
table.insert(t, "a")
print(#t, layout(t, 22))
table.remove(t)
print(#t, layout(t, 22))
table.insert(t, 1, "b")
print(#t, layout(t, 22))
local s = {nil, nil, 3}
print(#s, table.getn(s))
table.insert(s, "x")
print(#s, s[1], s[4])
local h = {}
h[1] = 1; h[2] = 2; h[4] = 4
print(#h)
table.insert(h, "y")
print(#h, h[3], h[5])
local big = {}
for i = 1, 100 do big[i * 2] = i end
print(#big, table.maxn(big))
local u = {n = 1, 10, 20, 30, nil, 50}
print(#u, select("#", unpack(u)))
table.sort(u, function(a, b) return (a or 0) < (b or 0) end)
print(u[1], u[2], u[3])
local c = {}
for i = 1, 10 do c[i] = i end
for i = 10, 1, -2 do c[i] = nil end
print(#c, layout(c, 10), table.concat(c, ",", 1, 1))
local d = {1, 2, 3, 4, 5, 6, 7, 8}
d[8] = nil; d[4] = nil
print(#d)
local e = {}
e[3] = 3; e[2] = 2; e[1] = 1
print(#e)
e[5] = 5
print(#e)
e[4] = 4
print(#e)

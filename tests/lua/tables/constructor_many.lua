-- Constructors with many items (more than one SETLIST batch of 50) and mixed fields.
local src = {"return {"}
for i = 1, 120 do src[#src + 1] = i .. "," end
src[#src + 1] = "x = 'x', [200] = 200,"
for i = 121, 130 do src[#src + 1] = i .. ";" end
src[#src + 1] = "}"
local t = loadstring(table.concat(src, " "))()
print(#t, t[1], t[50], t[51], t[120], t[121], t[130], t.x, t[200])
local function three() return 1, 2, 3 end
local u = {three(), three(), three()}
print(#u)
local big = {}
for i = 1, 100 do big[i] = i end
local copy = {unpack(big)}
print(#copy, copy[100])

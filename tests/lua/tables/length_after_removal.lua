-- # after table.remove/inserting nil at the end of sequences built incrementally.
local t = {}
for i = 1, 20 do t[#t + 1] = i end
for i = 1, 5 do table.remove(t) end
print(#t)
for i = #t, 1, -1 do t[i] = nil end
print(#t, next(t))
local s = {}
s[1] = 1
s[2] = 2
s[2] = nil
print(#s)

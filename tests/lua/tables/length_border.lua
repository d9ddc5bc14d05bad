-- The # operator on tables without holes, and on tables built in order.
local t = {}
print(#t)
for i = 1, 10 do t[i] = i end
print(#t)
t[#t + 1] = 11
print(#t)
t[#t] = nil
print(#t)
local s = {"a", "b", "c"}
print(#s)
s[4] = "d"
print(#s)
s[4] = nil
s[3] = nil
print(#s)
local big = {}
for i = 1, 1000 do big[i] = true end
print(#big)
for i = 1000, 501, -1 do big[i] = nil end
print(#big)
local str = {n = 1, m = 2}
print(#str)
local z = {[0] = "zero"}
print(#z)

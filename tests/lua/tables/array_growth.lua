-- Growing arrays in different orders, reverse filling, and sparse numeric keys.
local t = {}
for i = 100, 1, -1 do t[i] = i end
print(#t, t[1], t[100])
local s = {}
s[1] = 1; s[2] = 2; s[4] = 4; s[3] = 3
print(#s)
local sparse = {}
sparse[1000000] = "far"
print(sparse[1000000], #sparse)
local neg = {}
neg[-5] = "m5"; neg[0] = "z"
print(neg[-5], neg[0], #neg)
local sum = 0
local arr = {}
for i = 1, 10000 do arr[#arr + 1] = i end
for i = 1, #arr do sum = sum + arr[i] end
print(#arr, sum)

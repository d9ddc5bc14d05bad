-- Arrays of numbers (stored unboxed) that receive nil, NaN, -0, other types,
-- and that grow, shrink and get traversed.
local t = {1, 2, 3, 4.5, -0, 1/0}
print(#t, t[4], t[5], 1 / t[5], t[6])
t[7] = 0/0
print(#t, t[7] ~= t[7])
t[3] = nil
print(t[3], t[4], #t == 7 or #t == 2)
for i = 8, 40 do t[i] = i * 0.5 end
print(#t, t[40], t[41])
t[20] = "twenty"
print(t[19], t[20], t[21], type(t[20]))
t[20] = 20
local sum = 0
for i, v in ipairs(t) do sum = sum + v end
print(sum)
local n, s2 = 0, 0
for k, v in pairs(t) do
  n = n + 1
  if v == v then s2 = s2 + v end
end
print(n, s2)

local stack = {}
for i = 1, 100 do stack[#stack + 1] = i end
for i = 1, 60 do stack[#stack] = nil end
print(#stack, stack[40], stack[41])
table.insert(stack, 1, 0.25)
table.insert(stack, true)
print(#stack, stack[1], stack[2], stack[#stack], stack[#stack - 1])
print(table.remove(stack), table.remove(stack, 1), #stack)
print(table.concat(stack, ",", 1, 5))

local m = {}
for i = 1, 10 do m[i] = i end
m[5] = {}
m[6] = print
print(type(m[5]), type(m[6]), m[7], #m)
local u = {unpack({1, 2, 3})}
print(select("#", unpack(u)), unpack(u))
local nums = {3, 1, 2, 5, 4}
table.sort(nums)
print(table.concat(nums, " "))
table.sort(nums, function(a, b) return a > b end)
print(table.concat(nums, " "), table.maxn(nums))
local holes = {1, nil, 3}
print(#holes == 3 or #holes == 1, holes[2], holes[3])
local big = {}
for i = 1, 1000 do big[i] = i end
big[500] = nil
local c = 0
for k in pairs(big) do c = c + 1 end
print(c, big[499], big[500], big[501])

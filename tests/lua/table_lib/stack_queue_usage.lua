-- table.insert/remove used as stack and queue over thousands of operations,
-- checking sums, lengths and ends.
local stack = {}
for i = 1, 5000 do table.insert(stack, i) end
local sum = 0
for i = 1, 2500 do sum = sum + table.remove(stack) end
print(#stack, sum, stack[#stack])
local q = {}
for i = 1, 300 do table.insert(q, 1, i) end
print(#q, q[1], q[300])
local drained = {}
while #q > 295 do drained[#drained + 1] = table.remove(q) end
print(table.concat(drained, ","), #q)
local mid = {}
for i = 1, 10 do mid[i] = i end
for i = 1, 5 do table.remove(mid, 3) end
print(table.concat(mid, ","))
for i = 1, 3 do table.insert(mid, 2, "m" .. i) end
print(table.concat(mid, ","))
local acc = {}
for i = 1, 1000 do table.insert(acc, (i * 7) % 13) end
table.sort(acc)
print(acc[1], acc[500], acc[1000], table.maxn(acc))

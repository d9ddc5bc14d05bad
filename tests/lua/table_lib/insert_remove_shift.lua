-- table.insert/remove shift elements; removing from the front of a queue.
local q = {}
for i = 1, 10 do table.insert(q, i) end
local out = {}
while #q > 0 do out[#out + 1] = table.remove(q, 1) end
print(table.concat(out, " "))
local t = {"a", "b", "c"}
table.insert(t, 1, "z")
table.insert(t, #t + 1, "end")
print(table.concat(t, " "))
print(table.remove(t, 2), table.concat(t, " "))
print(table.remove(t, #t), table.concat(t, " "))
print(pcall(table.insert, t, "x", "y"))

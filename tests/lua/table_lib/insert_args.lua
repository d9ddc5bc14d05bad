-- table.insert/remove argument counts, positions and errors
local t = {}
table.insert(t, "a") table.insert(t, 1, "b") table.insert(t, 3, "c")
print(table.concat(t, ","))
print(pcall(table.insert, t))
print(pcall(table.insert, t, 1, 2, 3))
print(pcall(table.insert, nil, 1))
print(pcall(table.insert, t, "x", 1))
table.insert(t, 10, "far")
print(t[10], #t == 3 or #t == 10)
local r = {1, 2, 3}
print(table.remove(r), table.concat(r, ","))
print(table.remove(r, 1), table.concat(r, ","))
print(table.remove({}), select('#', table.remove({})))
print(table.remove({}, 1), table.remove({1}, 5))
print(pcall(table.remove))
local q = {n = 1}
print(table.remove(q, 0), q.n)

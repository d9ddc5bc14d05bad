-- table.insert and table.remove: append, insert at position, remove from middle/end.
local t = {}
table.insert(t, "a")
table.insert(t, "b")
table.insert(t, 1, "c")
table.insert(t, 2, "d")
print(table.concat(t, ","), #t)
print(table.remove(t), table.concat(t, ","))
print(table.remove(t, 1), table.concat(t, ","))
print(table.remove(t, 1), table.remove(t, 1), #t)
print(table.remove(t), #t)
print(table.remove({}))
local u = {1, 2, 3}
table.insert(u, 4, 4)
print(table.concat(u, ","))
print(pcall(table.insert, u, 1, 2, 3))
print(pcall(table.insert, u))
print(pcall(table.insert, nil, 1))
local v = {1, 2, 3}
print(table.remove(v, 5), #v)
table.insert(v, 10, "x")
print(v[10], v[4], v[3])

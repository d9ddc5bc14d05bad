-- table.remove on empty tables and positions outside 1..#t (5.1 returns nothing).
print(select("#", table.remove({})))
print(select("#", table.remove({}, 1)))
local t = {1, 2, 3}
print(select("#", table.remove(t, 0)), select("#", table.remove(t, 4)))
print(table.remove(t, 3), #t)
t = {n = 1}
print(select("#", table.remove(t)))

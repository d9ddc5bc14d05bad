-- Multiple assignment: extra values dropped, missing values become nil.
local a, b, c = 1, 2
print(a, b, c)
a, b = 10, 20, 30
print(a, b)
local x, y = (function() return 1, 2, 3 end)()
print(x, y)
local p, q, r = 1, (function() return 2, 3 end)()
print(p, q, r)
local m, n = (function() return 1, 2 end)(), 5
print(m, n)

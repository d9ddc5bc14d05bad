-- select with '#', negative and out-of-range indices
print(select('#'), select('#', nil), select('#', nil, nil), select('#', 1, nil))
print(select(-1, 1, 2, 3), select(-3, 1, 2, 3))
print(pcall(select, -4, 1, 2, 3))
print(pcall(select, 0, 1))
print(select(2, 1, 2, 3), select(4, 1, 2, 3))
print(select('#', select(4, 1, 2, 3)), select(1.5, "a", "b"))
print(select("2", "a", "b"), pcall(select, "#x", 1))
print(pcall(select, nil))
local function f(...) return select('#', ...), ... end
print(f(nil, nil))
print((f(1, 2, 3)))

-- select with counts and indices from base library.
print(select("#", 1, 2, 3), select(2, "a", "b"))
print(select(-2, 1, 2, 3))
print(pcall(select, 1.5, "a", "b"))
print(select(1))
print(select("#", select(5, 1, 2)))

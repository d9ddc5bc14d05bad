-- unpack is a global function in 5.1 (no table.unpack).
print(unpack({1, 2, 3}))
print(table.unpack)
print(unpack({"a", "b", "c"}, 2))
print(unpack({}, 1, 2))
print(unpack({1, 2, 3}, -1, 1))

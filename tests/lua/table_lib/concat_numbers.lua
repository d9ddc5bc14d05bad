-- table.concat with numbers uses %.14g formatting, separators can be numbers.
print(table.concat({1, 2.5, 1e15, 1/3, -0.0 + 0}, " "))
print(table.concat({1, 2, 3}, 0.5))
print(table.concat({"a", "b"}, "", 1, 2), table.concat({"a", "b"}, "", 2, 2))
print(pcall(table.concat, {1, 2}, ",", 1, 3))

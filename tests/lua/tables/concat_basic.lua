-- table.concat: separators, ranges, numbers, and errors on invalid values.
local t = {1, 2, "three", 4.5}
print(table.concat(t), table.concat(t, "-"), table.concat(t, ", ", 2, 3))
print(table.concat({}), table.concat({}, "x"), table.concat(t, "-", 3, 2))
print(table.concat({"a"}, "-"), table.concat(t, "", 4))
print(pcall(table.concat, {1, {}, 3}))
print(pcall(table.concat, {1, nil, 3}, ",", 1, 3))
print(pcall(table.concat, {true}))
print(table.concat({1, 2, 3}, 0))
print(pcall(table.concat, {1, 2}, {}))

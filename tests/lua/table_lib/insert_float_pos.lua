-- table.insert converts a float position to an integer (truncation via lua_Integer cast).
local t = {1, 2, 3}
table.insert(t, 2.9, "x")
print(table.concat(t, ","))
table.insert(t, "2", "y")
print(table.concat(t, ","))

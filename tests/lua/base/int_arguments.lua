-- Integer arguments go through luaL_checkint: a C int made from the number, so huge values
-- keep their low 32 bits (2^32 + 1 is 1) and fractions are truncated.
print(string.rep("ab", 2^32 + 2), string.rep("x", 2^32), string.rep("y", 3.9))
print(string.char(2^32 + 65, 66.7))
print(pcall(string.char, 2^31 + 65))
print(select('#', unpack({1, 2, 3}, 1, 2^31)))
print(unpack({1, 2, 3}, 2^32 + 2, 2^32 + 3))
print(table.concat({1, 2, 3}, ",", 2^32 + 1, 2^32 + 2))
print(select(2^32 + 2, "a", "b", "c"))
print(pcall(select, 2^32, "a"))
print(tonumber("11", 2^32 + 2))
local t = {}
table.insert(t, 2^32 + 1, "one")
print(t[1])
print(math.ldexp(1, 2^32 + 3))
print(pcall(error, "lvl", 2^32 + 1))

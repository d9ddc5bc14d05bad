-- tonumber with bases and odd strings, select with negative and out-of-range indices,
-- rawequal/rawget/rawset argument checks, and tostring/type errors.
print(tonumber("10", 2), tonumber("ff", 16), tonumber("FF", 16), tonumber("zz", 36), tonumber("8", 8))
print(tonumber(" 12 "), tonumber("12a"), tonumber(""), tonumber(" "), tonumber("0x1A"), tonumber("1e2"))
print(tonumber("  -7  ", 10), tonumber("-ff", 16), tonumber("1.5", 10), tonumber(nil))
print(pcall(tonumber, "10", 1), pcall(tonumber, "10", 37), pcall(tonumber))
print(tonumber(true), tonumber({}) == nil, tonumber("inf"), tonumber("nan"))
print(select("#"), select("#", nil, nil), select(2, "a", "b", "c"), select(-1, "a", "b", "c"))
print(pcall(select, 0, "a"), pcall(select, -5, "a"))
print(select(5, "a", "b"))
print(rawequal(1, 1), rawequal("a", "a"), rawequal({}, {}), pcall(rawequal, 1))
print(pcall(rawget, 1, 2), pcall(rawset, {}, nil, 1), pcall(rawset, {}, 0/0, 1))
print(type(nil), type(print), type(type), pcall(type))
print(pcall(tostring))

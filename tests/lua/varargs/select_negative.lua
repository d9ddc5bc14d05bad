-- select with negative indices counts from the end; combined with varargs.
local function last(...) return (select(-1, ...)) end
print(last(1, 2, 3), last("only"))
print(pcall(last))
local function lastn(n, ...) return select(-n, ...) end
print(lastn(2, "a", "b", "c", "d"))
print(select(-2, nil, nil))
print(select("#", select(-2, nil, nil)))

-- next: first key, continuing, end of table, invalid keys.
local t = {10}
print(next(t))
print(next(t, 1))
print(next({}, nil))
print(pcall(next, t, 2))
print(pcall(next, t, "missing"))
print(pcall(next, 1))
local u = {a = 1}
local k, v = next(u)
print(k, v, next(u, k))

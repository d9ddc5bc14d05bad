-- next: traversal from nil, after the last key, with keys absent from the
-- table ("invalid key to 'next'"), and argument errors.
print(next({}))
print(next({}, nil))
print(next({10}))
print(next({10}, 1))
print(next({a = 1}))
print(next({a = 1}, "a"))
print(pcall(next, {}, "missing"))
print(pcall(next, {1, 2}, 3))
print(pcall(next, {a = 1}, 1))
print(pcall(next))
print(pcall(next, nil))
print(pcall(next, "s"))
print(pcall(next, 1, 2))
print(select("#", next({})))
print(select("#", next({5})))
-- next ignores __index and __pairs
local mt = {__index = {x = 1}}
print(next(setmetatable({}, mt)))
-- a key set to nil during traversal can still be passed to next
local t = {a = 1, b = 2, c = 3}
local count = 0
for k in pairs(t) do t[k] = nil; count = count + 1 end
print(count, next(t))
-- array part then hash part
local u = {1, 2, 3, x = "x"}
local k, v = next(u)
local keys = {}
while k ~= nil do keys[#keys + 1] = tostring(k) .. ":" .. tostring(v); k, v = next(u, k) end
print(table.concat(keys, " "))
-- float keys that are integers are the same keys
local w = {}
w[1.0] = "one"
print(next(w))
print(pcall(next, w, 2))

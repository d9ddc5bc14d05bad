-- next and pairs visit every key exactly once; output sorted for determinism.
local t = {10, 20, 30, a = 1, b = 2, [1.5] = "x", [true] = "yes"}
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = tostring(k) .. "=" .. tostring(v) end
table.sort(keys)
print(table.concat(keys, " "))
local n = 0
local k, v = next(t)
while k ~= nil do n = n + 1; k, v = next(t, k) end
print(n)
print(next({}), next({}, nil))
print(next({5}))
print(pcall(next, {}, "nokey"))
print(pcall(next))
local f, s, init = pairs(t)
print(f == next, s == t, init)
for k in pairs(t) do t[k] = nil end
print(next(t))

-- next/pairs: clearing fields during traversal is allowed, next with a key that is not
-- in the table errors, pairs/ipairs on non-tables, ipairs stops at the first nil.
local t = {a = 1, b = 2, c = 3, d = 4, 10, 20, 30}
local seen = 0
for k, v in pairs(t) do
  seen = seen + 1
  t[k] = nil
end
print(seen, next(t))
print(pcall(next, {}, "missing"))
print(pcall(next, {a = 1}, 1))
print(pcall(next))
print(pcall(next, 1))
print(next({}), next({}, nil), next({5}))
print(pcall(pairs))
print(pcall(pairs, nil))
print(pcall(ipairs))
print(pcall(ipairs, "s"))
local arr = {1, 2, nil, 4}
local n = 0
for i, v in ipairs(arr) do n = n + 1 end
print(n)
local proxy = setmetatable({}, {__index = function(_, i) if i <= 3 then return i * 10 end end})
n = 0
for i, v in ipairs(proxy) do n = n + 1 end
print(n)
local f, s, init = ipairs({7})
print(type(f), type(s), init, f(s, 0), f(s, 1))
local g, s2, init2 = pairs({})
print(g == next, init2)
local num = {}
for i = 1, 5 do num[i] = i end
for k in pairs(num) do if k % 2 == 0 then num[k] = nil end end
local left = {}
for k, v in pairs(num) do left[#left + 1] = k end
table.sort(left)
print(table.concat(left, " "))

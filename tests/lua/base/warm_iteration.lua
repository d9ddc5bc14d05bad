-- ipairs/pairs/next from warm loops: holes, __index proxies, bad arguments,
-- invalid keys, clearing and updating fields during traversal, shrinking arrays.
local function sum_ipairs(t) local s = 0 for i, v in ipairs(t) do s = s + v end return s end
local arr = {}
for i = 1, 100 do arr[i] = i end
for i = 1, 2000 do sum_ipairs(arr) end
print(sum_ipairs(arr), sum_ipairs({}), sum_ipairs({1, 2, nil, 4}), pcall(sum_ipairs, nil), pcall(sum_ipairs, {1, "x"}))
print(sum_ipairs(setmetatable({}, {__index = function(_, i) if i < 5 then return i end end})))
local function count_pairs(t) local n = 0 for k, v in pairs(t) do n = n + 1 end return n end
for i = 1, 2000 do count_pairs(arr) end
print(count_pairs(arr), count_pairs({a = 1, b = 2, 3}), pcall(count_pairs, "s"), pcall(count_pairs))
local function walk(t) local keys = {} local k = next(t) while k ~= nil do keys[#keys + 1] = tostring(k) k = next(t, k) end return table.concat(keys, ",") end
for i = 1, 2000 do walk({1, 2, 3}) end
print(walk({1, 2, 3, x = 1}), walk({}), pcall(walk, 5))
local function bad_next(t, k) return next(t, k) end
for i = 1, 2000 do bad_next({1}, nil) end
print(pcall(bad_next, {1}, "nokey"), pcall(bad_next, {1}, 2), bad_next({1}, 1))
-- removing entries while iterating with pairs in a warm loop
local function clear(t) for k in pairs(t) do t[k] = nil end return next(t) end
for i = 1, 500 do clear({1, 2, 3, a = 1, b = 2}) end
print(clear({1, 2, 3, a = 1, b = 2}))
-- assigning to existing fields while iterating
local function double(t) for k, v in pairs(t) do t[k] = v * 2 end return t end
for i = 1, 500 do double({1, 2, x = 3}) end
local d = double({1, 2, x = 3})
print(d[1], d[2], d.x)
-- ipairs stops when the table shrinks underneath it
local function shrink(t) local seen = 0 for i, v in ipairs(t) do seen = seen + 1; t[i + 1] = nil end return seen end
for i = 1, 500 do shrink({1, 2, 3}) end
print(shrink({1, 2, 3}), shrink({}))

-- table.maxn: the largest positive numeric key of any kind (float, huge,
-- infinite), ignoring strings and non-positive keys; getn for comparison.
print(table.maxn({}), table.maxn({1, 2, 3}), table.maxn({[5] = 1}), table.maxn({[2.5] = 1, [2] = 1}))
print(table.maxn({[-1] = 1, [0] = 1}), table.maxn({["10"] = 1, [3] = 1}), table.maxn({[1/0] = 1}))
print(table.maxn({[-1/0] = 1, [0.5] = 1}), table.maxn({[2^53] = 1, [1] = 1}), table.maxn({[1e300] = true}))
print(table.maxn({x = 1, y = 2}), table.maxn({[true] = 1, [{}] = 2, [7] = 3}))
local t = {1, 2, 3}
t[10] = 10
print(table.maxn(t), table.getn(t) == 3 or table.getn(t) == 10)
t[10] = nil
print(table.maxn(t))
local holes = {}
for i = 1, 10 do holes[i * i] = i end
print(table.maxn(holes), holes[100])
print(pcall(table.maxn))
print(pcall(table.maxn, "s"))
print(pcall(table.maxn, nil))
print(table.maxn(setmetatable({}, {__index = {[99] = 1}})))

-- pairs/ipairs return values and iteration with __index (ignored by both in 5.1).
local t = setmetatable({1, 2}, {__index = function(_, i) if i <= 5 then return i * 10 end end})
local n = 0
for i, v in ipairs(t) do n = n + 1 end
print(n)
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
print(#keys)
local p = setmetatable({}, {__pairs = function() error("not used in 5.1") end})
for k in pairs(p) do print("never") end
print("pairs ignores __pairs")
local f1, s1, c1 = ipairs({})
print(type(f1), c1)

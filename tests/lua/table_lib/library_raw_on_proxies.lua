-- The 5.1 table library, unpack, ipairs and # use raw access: a proxy whose __index and
-- __newindex log every call sees none from insert/remove/concat/sort/unpack/foreach.
local log = {}
local backing = {10, 20, 30}
local proxy = setmetatable({}, {
  __index = function(t, k) log[#log + 1] = "get" .. tostring(k); return backing[k] end,
  __newindex = function(t, k, v) log[#log + 1] = "set" .. tostring(k); backing[k] = v end,
})
print(#proxy, table.getn(proxy), table.maxn(proxy))
print(pcall(table.concat, proxy))
print(select("#", unpack(proxy)), unpack(proxy, 1, 2))
table.insert(proxy, "x")
print(rawget(proxy, 1), #proxy)
table.insert(proxy, 1, "y")
print(rawget(proxy, 1), rawget(proxy, 2), #proxy)
print(table.remove(proxy), table.remove(proxy), table.remove(proxy))
local n = 0
for i, v in ipairs(proxy) do n = n + 1 end
print(n)
local items = setmetatable({3, 1, 2}, {__index = function() error("no index during sort") end,
  __newindex = function() error("no newindex during sort") end})
table.sort(items)
print(items[1], items[2], items[3])
table.foreachi(proxy, print)
table.foreach(setmetatable({a = 1}, {__index = {b = 2}}), print)
print(next(proxy), rawlen)
print(table.concat(log, ","))
local arr = setmetatable({1, 2, 3}, {__len = function() return 10 end})
print(#arr, table.getn(arr), select("#", unpack(arr)))

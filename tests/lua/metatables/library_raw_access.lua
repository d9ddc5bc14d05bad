-- library functions use raw access: ipairs, pairs, #, unpack, table.* ignore __index/__len (5.1)
local backing = {10, 20, 30}
local proxy = setmetatable({}, {__index = backing, __newindex = backing, __len = function() return 3 end,
  __pairs = function() error("no __pairs in 5.1") end, __ipairs = function() error("no __ipairs") end})
local n = 0 for i, v in ipairs(proxy) do n = n + 1 end print("ipairs", n)
n = 0 for k, v in pairs(proxy) do n = n + 1 end print("pairs", n)
print("len", #proxy, "unpack", select('#', unpack(proxy)))
print("concat", pcall(table.concat, proxy))
table.insert(proxy, "x") print("insert", rawget(proxy, 1), backing[4])
print("maxn", table.maxn(proxy), "getn", table.getn(proxy))
print("remove", table.remove(proxy), rawget(proxy, 1))
print("sort", pcall(table.sort, proxy))
print("next", next(proxy))
print("rawlen", rawlen, "rawequal", rawequal(proxy, proxy))
local ud = newproxy(true)
getmetatable(ud).__index = backing
print("ud index", ud[2], pcall(ipairs, ud))
print(pcall(pairs, ud))

-- __index/__newindex chains through tables and functions, rawset inside __newindex,
-- assignment to existing keys bypassing __newindex, nil values reaching __newindex again.
local log = {}
local base = {inherited = "base"}
local mid = setmetatable({}, {__index = base})
local obj = setmetatable({}, {__index = mid, __newindex = function(t, k, v)
  log[#log + 1] = k
  rawset(t, k, v and v * 2)
end})
print(obj.inherited, obj.missing)
obj.x = 5
obj.x = 7
print(obj.x, table.concat(log, ","))
obj.x = nil
obj.x = 1
print(obj.x, table.concat(log, ","))
local store = {}
local proxy = setmetatable({}, {__index = store, __newindex = store})
proxy.a = 1
print(rawget(proxy, "a"), store.a, proxy.a)
local deep = setmetatable({}, {__newindex = proxy})
deep.b = 2
print(rawget(deep, "b"), rawget(proxy, "b"), store.b)
local fn = setmetatable({}, {__index = function(t, k) return k .. "!" end})
local chain = setmetatable({}, {__index = fn})
print(chain.hello, chain[1], rawget(chain, "hello"))
local cnt = 0
local counter = setmetatable({}, {__index = function(t, k) cnt = cnt + 1; rawset(t, k, cnt); return cnt end})
print(counter.a, counter.a, counter.b, counter.a, cnt)
local ro = setmetatable({}, {__newindex = function(t, k) error("attempt to set " .. tostring(k), 2) end})
print(pcall(function() ro.z = 1 end))
print(pcall(function() ro[1] = 1 end))
print(pcall(rawset, ro, "ok", 1), rawget(ro, "ok"))
-- __index on a function value and on a number through debug.setmetatable
debug.setmetatable(0, {__index = function(n, k) return n * 10 end})
print((5).anything, (2).x)
debug.setmetatable(0, nil)
print(pcall(function() return (5).x end))

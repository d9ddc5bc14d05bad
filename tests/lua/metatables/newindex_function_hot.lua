-- __newindex functions called from hot code (an inline-cached call): a logging proxy, a
-- read-only table, constant and computed keys, keys already present (stored raw), nil and NaN
-- keys, errors, tail calls and tracebacks in the handler, yields across it.
local store = {}
local count = 0
local proxy = setmetatable({}, {__newindex = function(t, k, v) count = count + 1; store[k] = v end,
  __index = store})
for i = 1, 20000 do
  proxy.x = i
  proxy[i % 10] = i
end
print(count, proxy.x, proxy[3], rawget(proxy, "x"))
rawset(proxy, "x", 0)
for i = 1, 100 do proxy.x = i end
print(count, rawget(proxy, "x"), store.x)

local ro = setmetatable({}, {__newindex = function(t, k) error("read-only: " .. tostring(k), 2) end})
for i = 1, 3 do print(pcall(function() ro.a = 1 end)) end
print(pcall(function() ro[1] = 1 end))
print(pcall(function() ro[nil] = 1 end))
print(pcall(function() ro[0/0] = 1 end))

local function sink(t, k, v) rawset(t, k, v and v * 2) end
local tc = setmetatable({}, {__newindex = function(t, k, v) return sink(t, k, v) end})
for i = 1, 3000 do tc[i] = i end
print(#tc, tc[10], tc[3000])
local tb = setmetatable({}, {__newindex = function() print(debug.traceback("in newindex")) end})
tb.z = 1
local key = "w"
tb[key] = 2
local co = coroutine.create(function()
  local y = setmetatable({}, {__newindex = function() coroutine.yield(1) end})
  y.x = 1
end)
print(coroutine.resume(co))
-- a builtin as the handler, and the handler replaced while a loop runs
local r = setmetatable({}, {__newindex = rawset})
r.a = 5
print(r.a)
local mt = {__newindex = function(t, k, v) rawset(t, k, "first") end}
local total = {}
for i = 1, 6000 do
  local t = setmetatable({}, mt)
  if i == 3000 then mt.__newindex = function(t, k, v) rawset(t, k, "second") end end
  if i == 5000 then mt.__newindex = nil end
  t.k = i
  total[t.k] = (total[t.k] or 0) + 1
end
print(total.first, total.second, total[6000])

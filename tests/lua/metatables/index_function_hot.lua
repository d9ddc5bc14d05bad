-- __index functions called from hot code (an inline-cached call): defaults, proxies, computed
-- and constant keys, a table __index that leads to a function, tail calls in the handler,
-- errors and tracebacks inside it, yields across it, and handlers replaced while code runs.
local defaults = setmetatable({}, {__index = function(t, k) return k == "n" and 0 or k end})
local sum = 0
for i = 1, 20000 do
  sum = sum + defaults.n + (defaults[i % 10] or 0)
end
print(sum, defaults.x, defaults[false], defaults[1.5])

local store = {a = 1, b = 2}
local proxy = setmetatable({}, {__index = function(_, k) return store[k] end})
local keys = {"a", "b", "c"}
local n = 0
for i = 1, 30000 do
  local v = proxy[keys[i % 3 + 1]]
  if v then n = n + v end
end
print(n, proxy.a, proxy.c)

-- a class whose base resolves missing methods with a function
local Base = setmetatable({}, {__index = function(_, name)
  return function(self, ...) return name .. "(" .. select("#", ...) .. ")" end
end})
local Class = setmetatable({}, {__index = Base})
Class.__index = Class
function Class:known() return "known" end
local obj = setmetatable({}, Class)
local out
for i = 1, 5000 do out = obj:known() .. " " .. obj:unknown(1, 2) end
print(out)

-- a tail call in the handler, an error and a traceback inside it
local function deep(k) return "deep:" .. tostring(k) end
local tc = setmetatable({}, {__index = function(t, k) return deep(k) end})
for i = 1, 3000 do out = tc[i % 3] end
print(out, tc.z)
local bad = setmetatable({}, {__index = function(t, k) error("no field " .. tostring(k)) end})
for i = 1, 3 do print(pcall(function() return bad.x end)) end
print(pcall(function() local k = "y" return bad[k] end))
local tb = setmetatable({}, {__index = function(t, k) return debug.traceback("in index") end})
print(tb.anything)
print(tb[1])
-- a builtin as the handler
local raw = setmetatable({}, {__index = rawget})
print(raw.x, pcall(function() return setmetatable({}, {__index = math.floor}).x end))

-- yields across __index
local co = coroutine.create(function()
  local y = setmetatable({}, {__index = function() coroutine.yield(1) return 2 end})
  return y.x
end)
print(coroutine.resume(co))

-- a handler replaced while a loop runs
local mt = {__index = function() return 1 end}
local t = setmetatable({}, mt)
local total = 0
for i = 1, 6000 do
  if i == 2000 then mt.__index = function(_, k) return k end end
  if i == 4000 then mt.__index = {x = 100} end
  total = total + (t.x == "x" and 10 or t.x)
end
print(total)

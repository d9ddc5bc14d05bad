-- Arithmetic metamethods of tables called from hot code (an inline cache of the handler):
-- results, which operand's handler runs, tail calls in the handler, errors raised in it and
-- their positions, yields across it, C stack overflow through recursive handlers, and handlers
-- that change while the code runs.
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({x = x, y = y}, V) end
V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y) end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
V.__unm = function(a) return vec(-a.x, -a.y) end
V.__div = function(a, b) return vec(a.x / b, a.y / b) end
V.__mod = function(a, b) return vec(a.x % b, a.y % b) end
V.__pow = function(a, b) return vec(a.x ^ b, a.y ^ b) end

local s = vec(0, 0)
local dot = 0
for i = 1, 20000 do
  local v = vec(i % 7, i % 5)
  s = s + v - vec(1, 1) + (-v) * 2 + 2 * v
  dot = dot + v * v
  s = (s / 1) % 1000
end
print(s.x, s.y, dot, (vec(2, 3) ^ 2).y)

-- the right operand's handler, when the left table has none
local W = {__add = function(a, b) return "W" end}
local plain = {}
local w = setmetatable({}, W)
local r
for i = 1, 5000 do r = plain + w end
print(r, pcall(function() return w + plain end))
print(pcall(function() return plain + 1 end))
print(pcall(function() local t = {} return t - plain end))

-- an error inside a handler, a builtin as the handler
local E = {__add = function(a, b) error("bad add") end, __sub = math.max}
local e = setmetatable({}, E)
for i = 1, 3 do print(pcall(function() return e + 1 end)) end
print(pcall(function() return e - 1 end))

-- a handler that yields: across a metamethod
local co = coroutine.create(function()
  local Y = setmetatable({}, {__add = function() coroutine.yield(1) return 2 end})
  return Y + 1
end)
print(coroutine.resume(co))

-- a handler that recurses through the operator: C stack overflow
local R = {}
R.__add = function(a, b) return a + b end
local ok, msg = pcall(function() return setmetatable({}, R) + 1 end)
print(ok, msg)

-- handlers replaced while a hot loop runs
local C = {}
C.__add = function() return 1 end
local c = setmetatable({}, C)
local total = 0
for i = 1, 6000 do
  if i == 3000 then C.__add = function() return 10 end end
  if i == 5000 then setmetatable(c, {__add = function() return 100 end}) end
  total = total + (c + i)
end
print(total)
-- a traceback from inside a handler
local T = setmetatable({}, {__add = function() return debug.traceback("tb") end})
print((T + 1))

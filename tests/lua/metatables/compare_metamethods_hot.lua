-- __lt and __le of tables compared in hot code (an inline-cached call): objects ordered in a
-- Lua sort, > and >= (operands swapped), __le falling back to not __lt, handlers that differ
-- between the operands, errors, yields across the handler, handlers replaced while code runs.
local V = {}
V.__lt = function(a, b) return a.v < b.v end
V.__le = function(a, b) return a.v <= b.v end
local function new(v) return setmetatable({v = v}, V) end
local xs = {}
for i = 1, 300 do xs[i] = new((i * 7919) % 1000) end
for i = 2, #xs do
  local x, j = xs[i], i - 1
  while j >= 1 and x < xs[j] do xs[j + 1] = xs[j]; j = j - 1 end
  xs[j + 1] = x
end
local ok = true
for i = 2, #xs do ok = ok and xs[i - 1] <= xs[i] and not (xs[i - 1] > xs[i]) and xs[i] >= xs[i - 1] end
print(ok, xs[1].v, xs[300].v)

local L = {__lt = function(a, b) return a.v < b.v end}
local a, b = setmetatable({v = 1}, L), setmetatable({v = 2}, L)
local n = 0
for i = 1, 5000 do if a <= b then n = n + 1 end if b <= a then n = n - 1 end end
print(n)

local other = setmetatable({v = 3}, {__lt = function() return true end})
print(pcall(function() return a < other end))
print(pcall(function() return a < {} end))
print(pcall(function() return a < 1 end))
print(pcall(function() return {} <= {} end))
-- same function in two metatables: allowed
local f = function(x, y) return x.v < y.v end
local p, q = setmetatable({v = 1}, {__lt = f}), setmetatable({v = 2}, {__lt = f})
for i = 1, 3000 do n = n + ((p < q) and 1 or 0) end
print(n, q < p, "x" < "y")

local E = {__lt = function() error("no order") end}
local e1, e2 = setmetatable({}, E), setmetatable({}, E)
for i = 1, 2 do print(pcall(function() return e1 < e2 end)) end
local co = coroutine.create(function()
  local Y = {__lt = function() coroutine.yield(1) return true end}
  return setmetatable({}, Y) < setmetatable({}, Y)
end)
print(coroutine.resume(co))
-- results that are not booleans, and a handler replaced in a loop
local R = {__lt = function() return 0 end, __le = function() return nil end}
local r1, r2 = setmetatable({}, R), setmetatable({}, R)
print(r1 < r2, r1 <= r2, r1 > r2, r1 >= r2)
local M = {__lt = function() return true end}
local m1, m2 = setmetatable({}, M), setmetatable({}, M)
local count = 0
for i = 1, 6000 do
  if i == 3000 then M.__lt = function() return false end end
  if m1 < m2 then count = count + 1 end
end
print(count)

-- __eq of tables compared in hot code (an inline-cached call): value objects, ~=, the same
-- function in two metatables, different handlers (never equal), raw-equal operands (no call),
-- errors, yields across the handler, and a handler replaced while a loop runs.
local calls = 0
local P = {__eq = function(a, b) calls = calls + 1; return a.x == b.x and a.y == b.y end}
local function pt(x, y) return setmetatable({x = x, y = y}, P) end
local n = 0
for i = 1, 20000 do
  local a, b = pt(i % 3, 1), pt(i % 2, 1)
  if a == b then n = n + 1 end
  if a ~= b then n = n - 1 end
  if a == a then n = n + 2 end
end
print(n, calls)
local f = function(a, b) return true end
local u, v = setmetatable({}, {__eq = f}), setmetatable({}, {__eq = f})
local w = setmetatable({}, {__eq = function() return true end})
for i = 1, 3000 do n = n + ((u == v) and 1 or 0) + ((u == w) and 1 or 0) end
print(n, u == v, u == w, w == u, u == {}, {} == u)
local E = {__eq = function() error("no eq") end}
local e1, e2 = setmetatable({}, E), setmetatable({}, E)
for i = 1, 2 do print(pcall(function() return e1 == e2 end)) end
local co = coroutine.create(function()
  local Y = {__eq = function() coroutine.yield(1) return true end}
  return setmetatable({}, Y) == setmetatable({}, Y)
end)
print(coroutine.resume(co))
local R = {__eq = function() return 0 end}
print(setmetatable({}, R) == setmetatable({}, R), setmetatable({}, R) ~= setmetatable({}, R))
local M = {__eq = function() return true end}
local m1, m2 = setmetatable({}, M), setmetatable({}, M)
local count = 0
for i = 1, 6000 do
  if i == 3000 then M.__eq = function() return false end end
  if m1 == m2 then count = count + 1 end
end
print(count)

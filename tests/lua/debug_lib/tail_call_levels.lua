-- Each tail call of a chain is a "(tail call)" level of its own, in
-- debug.traceback and debug.getinfo, as lua5.1 counts them.
local function f (n)
  if n > 0 then return f(n - 1) end
  print(debug.traceback("tb"))
  local i = 2
  while debug.getinfo(i, "S").what == "tail" do i = i + 1 end
  print(i, debug.getinfo(i, "S").what)
end
f(3)
local function g (x) return f(x) end
g(2)
print(pcall(f, 1))
local function count (n)
  if n > 0 then return count(n - 1) end
  local i = 1
  while debug.getinfo(i) do i = i + 1 end
  return i
end
print(count(0), count(5), count(100))
-- chains run for a metamethod or pcall keep the line of the call they hide
local function h (n)
  if n > 0 then return h(n - 1) end
  print(debug.traceback("in h"))
  return n
end
local t = setmetatable({}, {__index = function (t, k) return h(k) end})
print(t[2])
local t2 = setmetatable({}, {__add = function (a, b) return h(b) end})
print(t2 + 1)
print(pcall(function (x) return h(x) end, 1))
-- a coroutine body's own tail calls are the bottom levels of its stack
local co = coroutine.wrap(function (n) return h(n) end)
print(co(1))
local co2 = coroutine.create(function () return (function () return h(0) end)() end)
print(coroutine.resume(co2))
-- a suspended coroutine keeps its tail call levels
local function y (n)
  if n > 0 then return y(n - 1) else coroutine.yield() end
end
local c1 = coroutine.create(y)
coroutine.resume(c1, 3)
print(debug.traceback(c1))
local c2 = coroutine.create(function (n) local x = y(n); return x end)
coroutine.resume(c2, 2)
print(debug.traceback(c2))
print(debug.getinfo(c2, 2, "S").what, debug.getinfo(c2, 4, "S").what)
coroutine.resume(c2)
print(coroutine.status(c2))

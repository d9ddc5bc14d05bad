-- Call results typed by what their callee has returned so far: a call site that later sees
-- another callee, a callee that changes the type it returns, results that coerce or carry
-- metamethods, tail calls, and coroutines yielding inside typed arithmetic on call results.
local function num(x) return x * 2 end
local function sum(n)
  local s = 0
  for i = 1, n do s = s + num(i) end
  return s
end
for i = 1, 20 do sum(i) end
print(sum(10))

local function f(g, x) return g(x) + 1 end
for i = 1, 50 do f(num, i) end
print(f(num, 3))
local function str(x) return tostring(x) end
print(f(str, 5))
local mt = {__add = function(a, b) return "added" end}
local function tab(x) return setmetatable({}, mt) end
print(f(tab, 1))
print(pcall(f, function() end, 1))
print(f(num, 4))

-- the callee changes the type it returns
local flip = false
local function maybe(x)
  if flip then return "s" .. x end
  return x
end
local function g(x) return maybe(x) * 3 end
for i = 1, 30 do g(i) end
flip = true
print(pcall(g, 2))
flip = false
print(g(4))
local function later(x) if x > 25 then return "1" .. x end return x end
local function uses(n)
  local t = 0
  for i = 1, n do t = t + later(i) * 2 end
  return t
end
print(uses(20), uses(30))

-- tail calls: the last function of the chain returns the value
local function leaf(x) return x + 0.5 end
local function mid(x) return leaf(x) end
local function top(x) return mid(x) * 2 end
for i = 1, 30 do top(i) end
print(top(1), top(2.25))
local function ends(x) return math.floor(x) end
local function use(x) return ends(x) + 1 end
for i = 1, 30 do use(i + 0.5) end
print(use(7.9))

-- multiple results, nothing returned, and call results kept in locals
local function two(x) return x, x + 1 end
local function none() end
local function locals(x)
  local a, b = two(x)
  local c = none()
  local d = two(x) + 1
  return a + b + d, c
end
for i = 1, 30 do locals(i) end
print(locals(5))

-- yields inside typed arithmetic on call results
local function y(x) return coroutine.yield(x) end
local function h(a) return y(a) + y(a + 1) end
local function driver(last)
  local co = coroutine.create(function(n)
    local t = 0
    for i = 1, n do t = t + h(i) end
    return t
  end)
  local ok, v = coroutine.resume(co, 12)
  local total, steps = 0, 0
  while coroutine.status(co) ~= "dead" do
    total = total + v
    steps = steps + 1
    local send = v * 10
    if last and steps == 20 then send = last end
    ok, v = coroutine.resume(co, send)
  end
  return total, v, ok
end
print(driver())
print(driver())
print(driver("7"))
print(driver({}))

-- Closures as memoizers, stateful iterators and generators: fibonacci memo, range
-- iterator with step, stateless iterator over a custom structure, closures in coroutines.
local function memoize(f)
  local cache, calls = {}, 0
  return function(n)
    if cache[n] == nil then calls = calls + 1; cache[n] = f(n) end
    return cache[n]
  end, function() return calls end
end
local fib, fibcalls
fib, fibcalls = memoize(function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end)
print(fib(80), fibcalls(), fib(80), fibcalls())
local function range(a, b, step)
  step = step or 1
  local i = a - step
  return function()
    i = i + step
    if (step > 0 and i > b) or (step < 0 and i < b) then return nil end
    return i
  end
end
local r = {}
for i in range(1, 10, 3) do r[#r + 1] = i end
for i in range(5, 1, -2) do r[#r + 1] = i end
print(table.concat(r, " "))
local list = {value = 1, next = {value = 2, next = {value = 3}}}
local function nodes(l)
  return function(_, node) if node == nil then return l end return node.next end, nil, nil
end
local vals = {}
for node in nodes(list) do vals[#vals + 1] = node.value end
print(table.concat(vals, " "))
local function gen(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i, i * i) end
    return nil
  end)
end
for i, sq in gen(4) do io.write(i, ":", sq, " ") end
print()
local adders = {}
for i = 1, 3 do adders[i] = function(x) return x + i end end
print(adders[1](10), adders[2](10), adders[3](10))
local function compose(...)
  local fs = {...}
  return function(x)
    for i = #fs, 1, -1 do x = fs[i](x) end
    return x
  end
end
print(compose(function(x) return x * 2 end, function(x) return x + 1 end)(5))

-- Closures created inside a coroutine keep working after it is dead.
local maker = coroutine.wrap(function()
  local count = 0
  local inc = function() count = count + 1; return count end
  coroutine.yield(inc)
  count = 100
  return inc
end)
local inc = maker()
print(inc(), inc())
local inc2 = maker()
print(inc2 == inc, inc())

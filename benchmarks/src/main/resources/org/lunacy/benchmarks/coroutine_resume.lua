-- coroutine.resume / coroutine.yield round trips with one long-lived coroutine.
local co = coroutine.create(function(a)
  while true do
    a = coroutine.yield(a + 1)
  end
end)

return function(n)
  local s = 0
  for i = 1, n do
    local ok, v = coroutine.resume(co, i)
    s = s + v
  end
  return s
end

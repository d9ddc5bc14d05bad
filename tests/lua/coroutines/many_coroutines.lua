-- Thousands of live coroutines, resumed round-robin.
local cos = {}
for i = 1, 2000 do
  cos[i] = coroutine.create(function(x)
    local s = x
    for k = 1, 3 do s = s + coroutine.yield(s) end
    return s
  end)
end
local total = 0
for round = 1, 4 do
  for i = 1, #cos do
    local ok, v = coroutine.resume(cos[i], i)
    total = total + v
  end
end
print(total, coroutine.status(cos[1]))

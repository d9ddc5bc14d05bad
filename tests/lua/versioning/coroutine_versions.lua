-- Coroutines that yield inside specialized loops and resume after the types of
-- the loop's locals changed.
local co = coroutine.wrap(function(a)
  local s = 0
  for i = 1, 6 do
    s = s + i * a
    a = coroutine.yield(s)
  end
  return "end", s
end)
print(co(1))
print(co(2))
print(co(0.5))
print(pcall(co, "x"))

local gen = coroutine.wrap(function()
  local v = 1
  while true do
    local got = coroutine.yield(v)
    if type(got) == "string" then v = got .. "!" else v = v .. "" .. (got or 0) end
  end
end)
print(gen())
print(gen(5))
print(gen("a"))
print(gen(7))

local function producer(n)
  return coroutine.create(function()
    local x = 0
    for i = 1, n do
      x = x + i
      coroutine.yield(i % 2 == 0 and x or tostring(x))
    end
  end)
end
local p = producer(6)
while true do
  local ok, v = coroutine.resume(p)
  if not v then break end
  print(ok, type(v), v)
end

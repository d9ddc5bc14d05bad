-- Producer/consumer with coroutines passing items through a filter.
local function producer()
  return coroutine.create(function()
    for _, item in ipairs({"a", "b", "c", "d"}) do coroutine.yield(item) end
  end)
end
local function filter(src)
  return coroutine.create(function()
    local n = 1
    while true do
      local ok, item = coroutine.resume(src)
      if not item then break end
      coroutine.yield(n .. ":" .. item)
      n = n + 1
    end
  end)
end
local f = filter(producer())
while true do
  local ok, v = coroutine.resume(f)
  if not v then break end
  print(v)
end
print(coroutine.status(f))

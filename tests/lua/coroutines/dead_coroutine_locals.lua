-- A coroutine that died of an error keeps its stack: debug.getlocal reads the locals of
-- the levels the error unwound, and debug.traceback lists them.

local co = coroutine.create(function(p)
  local a = 1
  local b = "two"
  error("x")
end)
print(coroutine.resume(co, 5))
print(coroutine.status(co))
for i = 1, 4 do
  print(i, debug.getlocal(co, 1, i))
end
print(pcall(debug.getlocal, co, 2, 1))

local co2 = coroutine.create(function()
  local function inner(q)
    local z = q * 2
    return z + nil
  end
  local w = 3
  inner(w)
end)
print(coroutine.resume(co2))
for level = 0, 3 do
  local ok, name, value = pcall(debug.getlocal, co2, level, 1)
  print(level, ok, name, type(value) == "function" and "function" or value)
end
print(debug.traceback(co2))
print(debug.traceback(co2, "msg", 1))

-- an error in a nested call of a wrapped generator
local gen = coroutine.wrap(function()
  local count = 0
  while true do
    count = count + 1
    if count == 3 then
      local limit = "reached"
      error("stop")
    end
    coroutine.yield(count)
  end
end)
print(gen(), gen(), pcall(gen))

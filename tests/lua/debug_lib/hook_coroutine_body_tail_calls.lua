-- Hooks in a coroutine whose body ends in tail calls: the tail-called functions are named by
-- their calls, their callers are levels in the call hook, tail return events count the chain
-- down, and each reports the line the function returned from.
local log = {}
local function hook(e)
  local i2 = debug.getinfo(2, "nSl")
  local i3 = debug.getinfo(3, "nSl")
  log[#log + 1] = e .. " " .. tostring(i2.name) .. " " .. i2.what .. " " .. i2.currentline .. " | "
    .. (i3 and (tostring(i3.name) .. " " .. i3.what .. " " .. i3.currentline) or "-")
end
function leaf(n)
  local x = n * 2
  return x
end
function middle(n)
  return leaf(n + 1)
end
function top(n)
  return middle(n + 1)
end
local co = coroutine.create(function(n)
  debug.sethook(hook, "cr")
  return top(n)
end)
print(coroutine.resume(co, 1))
debug.sethook(co)
print(table.concat(log, "\n"))
log = {}
local co2 = coroutine.create(function(n)
  debug.sethook(hook, "cr")
  local v = top(n)
  coroutine.yield(v)
  return pcall(middle, v)
end)
print(coroutine.resume(co2, 1))
print(coroutine.resume(co2))
debug.sethook(co2)
print(table.concat(log, "\n"))

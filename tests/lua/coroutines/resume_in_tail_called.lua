-- A function entered by tail calls that yields goes on as their callee once resumed: its
-- traceback keeps the "(tail call)" levels, it has no name, and an error it raises later
-- leaves the same levels in the dead coroutine's traceback.
function c(n, fail)
  coroutine.yield(n)
  print(debug.traceback("after resume"))
  print(debug.getinfo(1, "n").name, debug.getinfo(2, "S").what)
  if fail then error("late failure") end
  return n
end
function b(n, fail) if n > 0 then return b(n - 1, fail) end return c(n, fail) end

local co = coroutine.wrap(function(x) local r = b(x) return r end)
co(2)
print(co())
local co2 = coroutine.wrap(function(x) return b(x) end)
co2(1)
print(co2())
local co3 = coroutine.create(function(x) return b(x, true) end)
print(coroutine.resume(co3, 1))
print(coroutine.resume(co3))
print(debug.traceback(co3))
local co4 = coroutine.create(function(x) local v = b(x, true) return v end)
print(coroutine.resume(co4, 2))
print(coroutine.resume(co4))
print(debug.traceback(co4))
-- return hooks of the chain once resumed
local co5 = coroutine.create(function(x) local r = b(x) return r end)
debug.sethook(co5, function(e)
  local i = debug.getinfo(2, "nS")
  if i.what ~= "C" then print(e, i.name, i.what, debug.getinfo(3, "S").what) end
end, "r")
print(coroutine.resume(co5, 2))
print(coroutine.resume(co5))

-- debug.traceback of a suspended coroutine shows its own stack (from the yield), and inside a
-- coroutine the traceback ends at the coroutine's first function.
local function inner() coroutine.yield(1) end
local function outer() inner() end
local co = coroutine.create(function() outer() end)
print(debug.traceback(co))
coroutine.resume(co)
print(debug.traceback(co))
print(debug.traceback(co, "msg"))
print(debug.traceback(co, "msg", 1))
print(debug.traceback(co, nil))
local co2 = coroutine.create(function() local x = coroutine.yield() end)
coroutine.resume(co2)
print(debug.traceback(co2))
coroutine.resume(co)
coroutine.resume(co)
print(coroutine.status(co), debug.traceback(co))
local w = coroutine.wrap(function()
  print(debug.traceback("inside"))
  local t = setmetatable({}, {__index = function() print(debug.traceback("idx")) end})
  local _ = t.x
  print(xpcall(function() error("in co") end, debug.traceback))
  print(debug.getinfo(1, "S").what, debug.getinfo(2), select("#", pcall(getfenv, 2)))
end)
w()

-- A coroutine that died of an error keeps the levels the error unwound:
-- debug.traceback(co) and debug.getinfo(co, level) still show them.
local function f (i)
  if i == 0 then error("boom " .. i) else coroutine.yield(); f(i - 1) end
end
local co = coroutine.create(function (x) f(x) end)
print(coroutine.resume(co, 2))
print(debug.traceback(co))
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.status(co))
print(debug.traceback(co))
print(debug.traceback(co, "msg"))
print(debug.traceback(co, "msg", 1))
local info = debug.getinfo(co, 1, "Sln")
print(info.currentline, info.short_src, info.name, info.what)
print(debug.getinfo(co, 0, "n").name, debug.getinfo(co, 10))

-- an error that is not a string, and a body that fails at once
local co2 = coroutine.create(function () local t = nil; return t.x end)
print(coroutine.resume(co2))
print(debug.traceback(co2))
local co3 = coroutine.create(function () error({}) end)
print(select("#", coroutine.resume(co3)))
print(debug.traceback(co3))
-- a coroutine that ended normally has no levels
local co4 = coroutine.create(function () return 1 end)
coroutine.resume(co4)
print(debug.traceback(co4), debug.getinfo(co4, 0))

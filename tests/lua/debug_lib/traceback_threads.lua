-- debug.traceback/getinfo/getlocal/setlocal on other coroutines: suspended (from the yield),
-- normal (it resumed the running one: from its coroutine.resume), dead; levels and messages.
local function lvl3() return debug.traceback("m", 1) end
local function lvl2() local r = lvl3() return r end
print(lvl2())
local co = coroutine.create(function(a)
  local function deep(n) if n == 0 then coroutine.yield(debug.traceback("in co", 1)) else deep(n - 1) end end
  deep(3)
  print(debug.traceback("after", 2))
  print(debug.traceback(coroutine.running(), "self"))
end)
print(select(2, coroutine.resume(co)))
print(debug.traceback(co, "susp", 0))
print(debug.traceback(co, "susp", 2))
print(debug.traceback(co, "susp", 10))
print(debug.traceback(co, 5))
coroutine.resume(co)
print(debug.traceback(co, "dead"))
print(debug.getinfo(co, 0))
local outerco
outerco = coroutine.create(function()
  local mine = "outer local"
  local inner = coroutine.create(function()
    print(debug.traceback(outerco, "normal"))
    print(debug.traceback(outerco, "normal from 1", 1))
    local i = debug.getinfo(outerco, 1, "Sln")
    print(i.what, i.currentline, i.name)
    print(debug.getinfo(outerco, 0, "n").name)
    print(debug.getlocal(outerco, 1, 1))
    print(debug.setlocal(outerco, 1, 1, "changed"))
    print(pcall(debug.getlocal, outerco, 3, 1))
  end)
  coroutine.resume(inner)
  print(mine)
end)
coroutine.resume(outerco)
print(debug.traceback("x", 1.5))
print(debug.traceback(nil, 1))
print(debug.traceback(true))

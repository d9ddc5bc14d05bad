-- debug.getinfo and debug.traceback with a thread argument: levels of a suspended coroutine,
-- level 0 is the yield builtin, out-of-range levels give nil, a dead or new coroutine has none.
local function deep(n) if n == 0 then coroutine.yield("bottom") else deep(n - 1) end end
local co = coroutine.create(function(x) deep(2) return "done" end)
print(coroutine.resume(co, 1))
for level = 0, 6 do
  local i = debug.getinfo(co, level, "nSl")
  if i then
    print(level, i.what, i.short_src, i.currentline, tostring(i.name), i.namewhat)
  else
    print(level, nil)
  end
end
print(debug.getinfo(co, 1, "f").func == deep)
print(pcall(debug.getinfo, co, 1, "x"))
print(pcall(debug.getinfo, co))
print(coroutine.resume(co))
print(debug.getinfo(co, 0))
local new = coroutine.create(function() end)
print(debug.getinfo(new, 0), debug.getinfo(new, 1))
print(debug.traceback(new, "new"))

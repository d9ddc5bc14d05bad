-- debug functions given coroutines in every state, one chunk per line run under pcall: the
-- running one (itself), a normal one (resumed another), dead and new ones, setlocal changing a
-- suspended coroutine's parameters and locals, and levels seen from coroutine.wrap bodies.
local chunks = {
  [=[local co co = coroutine.create(function() return debug.traceback(co, "self") end) return coroutine.resume(co)]=],
  [=[local co co = coroutine.create(function() return debug.getinfo(co, 1, "l").currentline end) return coroutine.resume(co)]=],
  [=[local co co = coroutine.create(function() local x = 1 return debug.getlocal(co, 1, 1) end) return coroutine.resume(co)]=],
  [=[local outer outer = coroutine.create(function() local inner = coroutine.create(function() return debug.traceback(outer, "outer from inner") end) return coroutine.resume(inner) end) return coroutine.resume(outer)]=],
  [=[local outer outer = coroutine.create(function() local v = "outer local" local inner = coroutine.create(function() return debug.getlocal(outer, 1, 1) end) return coroutine.resume(inner) end) return coroutine.resume(outer)]=],
  [=[local outer outer = coroutine.create(function() local inner = coroutine.create(function() return debug.getinfo(outer, 1, "nl").currentline, debug.getinfo(outer, 0, "n").name end) return coroutine.resume(inner) end) return coroutine.resume(outer)]=],
  [=[local co = coroutine.create(function() end) coroutine.resume(co) return debug.sethook(co, function() end, "c"), select(2, debug.gethook(co))]=],
  [=[local co = coroutine.create(function() end) coroutine.resume(co) return debug.getinfo(co, 0), debug.traceback(co, "dead")]=],
  [=[local co = coroutine.create(function() end) return debug.getlocal(co, 0, 1)]=],
  [=[local co = coroutine.create(function() end) return pcall(debug.getlocal, co, 1, 1)]=],
  [=[local co = coroutine.create(function() end) return pcall(debug.setlocal, co, 0, 1, 1)]=],
  [=[local co = coroutine.create(function() coroutine.yield() end) coroutine.resume(co) return debug.setlocal(co, 1, 1, 5)]=],
  [=[local co = coroutine.create(function(a) coroutine.yield() return a end) coroutine.resume(co, 1) debug.setlocal(co, 1, 1, "changed") return coroutine.resume(co)]=],
  [=[local co = coroutine.create(function(a) local b = a * 2 coroutine.yield() return a + b end) coroutine.resume(co, 1) debug.setlocal(co, 1, 2, 100) return coroutine.resume(co)]=],
  [=[local co = coroutine.wrap(function() return debug.traceback("w", 1) end) return co()]=],
  [=[local co = coroutine.wrap(function() return debug.getinfo(2, "S").what, debug.getinfo(3, "S").what end) return co()]=],
  [=[local co = coroutine.wrap(function() return pcall(debug.getinfo, 2) end) return co()]=],
}
for n, src in ipairs(chunks) do
  local r = {pcall(assert(loadstring(src, "=c" .. n)))}
  local out = {}
  for i = 1, table.maxn(r) do out[i] = (tostring(r[i]):gsub("0x%x%x%x%x+", "ADDR")) end
  print(n, table.concat(out, " | "))
end

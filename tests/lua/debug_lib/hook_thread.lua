-- hooks set for another coroutine with debug.sethook(co, ...): gethook(co) shows them, the main
-- thread keeps its own (none), and the coroutine's events come only while it runs.
local events = {}
local co = coroutine.create(function(a)
  local b = a + 1
  coroutine.yield(b)
  return b * 2
end)
local function h(ev, line) events[#events + 1] = ev .. (line and ":" .. line or "") end
debug.sethook(co, h, "crl")
print(debug.gethook() == nil, debug.gethook(co) == h, select(2, debug.gethook(co)))
print(coroutine.resume(co, 1))
print(table.concat(events, " "))
events = {}
print(coroutine.resume(co))
print(table.concat(events, " "))
print(coroutine.status(co), debug.gethook(co) == h)
debug.sethook(co)
print(debug.gethook(co))
print(pcall(debug.sethook, co, 1, "c"))

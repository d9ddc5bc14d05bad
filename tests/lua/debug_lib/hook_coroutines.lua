-- Hooks are per thread: a coroutine's own hook (set with debug.sethook(co, ...)) sees its calls,
-- returns (yield returns when the coroutine is resumed), coroutine.wrap functions, print's calls
-- of tostring; the main thread's hook does not see inside coroutines.
local ev = {}
local function hook(e, l)
  local i = debug.getinfo(2, "nS")
  ev[#ev + 1] = e .. ":" .. tostring(i.name) .. ":" .. i.what
end
local co = coroutine.create(function(a)
  local function inner(x) local r = coroutine.yield(x) return r end
  local r = inner(a)
  local w = coroutine.wrap(function() coroutine.yield(1) end)
  w()
  print("in co", r)
  return r
end)
debug.sethook(co, hook, "cr")
coroutine.resume(co, 1)
ev[#ev + 1] = "|"
coroutine.resume(co, 2)
print(table.concat(ev, " "))
ev = {}
local co2 = coroutine.wrap(function() local x = type(1) coroutine.yield() return x end)
debug.sethook(hook, "cr")
co2()
co2()
debug.sethook()
print(table.concat(ev, " "))

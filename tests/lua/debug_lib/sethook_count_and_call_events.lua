-- debug.sethook/gethook: masks and counts returned, call/return events naming Lua and C
-- functions (getinfo in the hook), hooks removed by sethook(), hooks in coroutines are per thread.
local events = {}
local function hook(ev)
  local info = debug.getinfo(2, "nS")
  events[#events + 1] = ev .. ":" .. tostring(info and info.name) .. ":" .. tostring(info and info.what)
end
local function callee(x) return x * 2 end
local function caller() return callee(3) + math.abs(-1) end
debug.sethook(hook, "cr")
caller()
debug.sethook()
print(table.concat(events, " "))
print(debug.gethook())
local function h2() end
debug.sethook(h2, "l", 5)
local f, m, c = debug.gethook()
debug.sethook()
print(f == h2, m, c)
debug.sethook(h2, "", 3)
print(select(2, debug.gethook()), select(3, debug.gethook()))
debug.sethook()
local co = coroutine.create(function() return debug.gethook() end)
debug.sethook(h2, "c")
print(coroutine.resume(co))
debug.sethook()
local co2 = coroutine.create(function() coroutine.yield(debug.gethook() == h2) end)
debug.sethook(co2, h2, "r")
print(coroutine.resume(co2))
print(debug.gethook(co2) == h2, select(2, debug.gethook(co2)), debug.gethook())
print(pcall(debug.sethook, 1, 2))

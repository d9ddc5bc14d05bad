-- debug.sethook call/return events (Lua functions and builtins, names from getinfo(2) in the
-- hook), tail returns, gethook, count hooks, no hooks inside a hook, sethook argument errors.
local events = {}
local function hook(event, line)
  local info = debug.getinfo(2, "nS")
  events[#events + 1] = event .. " " .. tostring(info.name) .. " " .. info.what .. " " .. tostring(line)
end
local function flush(what)
  print(what)
  for _, e in ipairs(events) do print("", e) end
  events = {}
end
local function leaf(x) return x * 2 end
local function mid(x) local y = leaf(x) return y + 1 end
debug.sethook(hook, "cr")
mid(1)
local s = math.floor(2.5)
debug.sethook()
flush("call/return")
debug.sethook(hook, "c")
mid(2)
debug.sethook()
flush("call only")
debug.sethook(hook, "r")
mid(3)
debug.sethook()
flush("return only")
local seq = {}
local function tailee(x) return x end
local function tailer(x) return tailee(x) end
local function top() local r = tailer(1) return r end
debug.sethook(function(e) seq[#seq + 1] = e end, "cr")
top()
debug.sethook()
print("tail", table.concat(seq, ","))
print((select(2, debug.gethook())), (select(3, debug.gethook())), debug.gethook() == nil)
local function h2() end
debug.sethook(h2, "crl", 7)
local fn, mask, count = debug.gethook()
print(fn == h2, mask, count)
debug.sethook(h2, "")
print(debug.gethook() == h2)
print((select(2, debug.gethook())), (select(3, debug.gethook())), debug.gethook() == nil)
debug.sethook()
print((select(2, debug.gethook())), (select(3, debug.gethook())), debug.gethook() == nil)
local n = 0
debug.sethook(function(e) n = n + 1 assert(e == "count") end, "", 1)
local acc = 0
for i = 1, 10 do acc = acc + i end
debug.sethook()
print("count hook ran", n > 5, acc)
local inner = 0
debug.sethook(function(e)
  inner = inner + 1
  local function nested() return 1 end
  nested()
end, "c")
leaf(1)
leaf(2)
debug.sethook()
print("hook calls", inner)
print(pcall(debug.sethook, 1, "c"))
print(pcall(debug.sethook, print))
print(pcall(debug.sethook, print, "c", "x"))
local lines = {}
local co = coroutine.create(function(a)
  local b = a + 1
  return b
end)
debug.sethook(function(e, l) lines[#lines + 1] = e .. (l and (":" .. l) or "") end, "crl")
coroutine.resume(co, 1)
debug.sethook()
print(table.concat(lines, " "))
local co2 = coroutine.create(function(a)
  local b = a + 1
  coroutine.yield(b)
  return b * 2
end)
local colines = {}
debug.sethook(co2, function(e, l) colines[#colines + 1] = e .. (l and (":" .. l) or "") end, "l")
print(debug.gethook() == nil, select(2, debug.gethook(co2)))
coroutine.resume(co2, 1)
colines[#colines + 1] = "|"
coroutine.resume(co2)
print(table.concat(colines, " "))
debug.sethook(co2)
-- the hooked function's current line: its first line at "call", its last at "return"
local cl = {}
local function cf(a)
  local b = a
  if b then
    return b
  end
end
local function cg()
  local x = 1
end
debug.sethook(function(e)
  local i = debug.getinfo(2, "lS")
  cl[#cl + 1] = e .. ":" .. i.currentline .. ":" .. i.what
end, "cr")
cf(1)
cg()
cf(false)
debug.sethook()
print(table.concat(cl, " "))
-- names in the hooks of a tail-called function: its call event names it as the tail call does,
-- the tail return as the call that started the chain
local tn = {}
local function tleaf(x) return x end
local function ttail(x) return tleaf(x) end
local function tmid(x) local y = ttail(x) return y end
debug.sethook(function(e)
  local i = debug.getinfo(2, "n")
  tn[#tn + 1] = e .. ":" .. tostring(i.name) .. ":" .. tostring(i.namewhat)
end, "cr")
tmid(1)
debug.sethook()
print(table.concat(tn, " "))

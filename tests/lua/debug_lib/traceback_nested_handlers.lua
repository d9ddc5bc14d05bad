-- xpcall message handlers that look at the stack: debug.traceback as the handler, through
-- pcall, inside a nested xpcall's handler, from a coroutine the handler runs, and xpcall inside
-- a coroutine. The handler runs where the error was raised, so the failed call's levels are
-- still there, between the handler and xpcall.
local function lvl3() error("deep") end
local function lvl2() lvl3() end
local function lvl1() lvl2() end
print(xpcall(lvl1, debug.traceback))
print(xpcall(lvl1, function(m) return debug.traceback(m, 2) end))
print(xpcall(lvl1, function(m)
  local i = debug.getinfo(3, "Sln")
  return m .. " @" .. i.short_src .. ":" .. i.currentline .. " " .. tostring(i.name)
end))
print(xpcall(lvl1, function(m)
  local ok, r = xpcall(function() error("inner") end, debug.traceback)
  return m .. "\n--\n" .. r
end))
print(xpcall(lvl1, function(m) pcall(function() end); return debug.traceback(m) end))
print(xpcall(lvl1, function(m) local ok, t = pcall(debug.traceback, m); return t end))
print(xpcall(lvl1, function(m)
  local co = coroutine.wrap(function() return debug.traceback("co") end)
  return m .. "\n" .. co()
end))
local co = coroutine.create(function() return xpcall(lvl1, debug.traceback) end)
print(coroutine.resume(co))
-- the same handler twice in one run, and a handler that errors (handled again)
local n = 0
print(xpcall(lvl1, function(m)
  n = n + 1
  if n == 1 then error("again") end
  return debug.traceback(m)
end))
-- many calls: the levels of each error are its own
for i = 1, 3 do
  print(xpcall(function() if i == 2 then lvl2() else error("e" .. i) end end, debug.traceback))
end

-- "stack overflow" and deep errors raised again and again: pcall and xpcall in loops, with
-- debug.traceback and debug.getinfo handlers, pcall inside xpcall and the other way round,
-- table error values, and a coroutine that dies of an overflow inside a pcall

local function f() return 1 + f() end
for i = 1, 20 do
  local ok, msg = pcall(f)
  if i % 5 == 0 then print(i, ok, msg) end
end

for i = 1, 4 do
  print(i, xpcall(f, debug.traceback))
end

-- the handler runs where the error happened: the levels it sees
local function where()
  local out = {}
  for level = 1, 4 do
    local info = debug.getinfo(level, "Sl")
    out[#out + 1] = info and (info.short_src .. ":" .. info.currentline) or "-"
  end
  return table.concat(out, " ")
end
for i = 1, 3 do
  print(xpcall(f, function(m) return m .. " | " .. where() end))
end

-- pcall inside xpcall: the inner overflow is caught, a later error is traced from its own level
local function after()
  local ok, msg = pcall(f)
  print("inner", ok, msg)
  error("after")
end
for i = 1, 2 do
  print(xpcall(after, debug.traceback))
end

-- xpcall inside pcall
for i = 1, 2 do
  print(pcall(function() return xpcall(f, debug.traceback) end))
end

-- errors at moderate depth, strings and tables
local function g(n, v) if n == 0 then error(v) end return 1 + g(n - 1, v) end
local t = {}
for i = 1, 200 do
  local ok, e = pcall(g, 200, "x")
  local ok2, e2 = pcall(g, 200, t)
  if i % 100 == 0 then print(i, ok, e, ok2, e2 == t) end
end
for i = 1, 2 do
  print(xpcall(function() return g(30, "deep") end, debug.traceback))
  print(xpcall(function() return g(30, t) end, function(e) return e == t, debug.traceback() end))
end
local function h(n) if n == 0 then return nil + 1 end return 1 + h(n - 1) end
for i = 1, 3 do
  print(pcall(h, 50))
end
print(xpcall(function() return h(20) end, debug.traceback))

-- a coroutine that overflows inside a pcall keeps its levels for debug.traceback(co)
print(pcall(function()
  local co = coroutine.create(f)
  print(coroutine.resume(co))
  print(coroutine.status(co))
  print(debug.traceback(co))
  local co2 = coroutine.create(function() return g(15, "in co") end)
  print(coroutine.resume(co2))
  print(debug.traceback(co2, "dead"))
end))

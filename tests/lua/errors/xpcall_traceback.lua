-- xpcall's handler runs where the error happened: debug.traceback there shows the failing
-- functions, named the way their callers called them.
local function lvl3() local x = nil; return x.field end
local function lvl2() lvl3() end
local function lvl1() lvl2() end
print(xpcall(lvl1, debug.traceback))
print(xpcall(function() error("E") end, function(m) return debug.traceback("H: " .. m, 2) end))
print(xpcall(function() error("E2") end, function(m) return debug.traceback(m, 1) end))
local function handler(m)
  local info = debug.getinfo(2, "Sl")
  return m .. " @" .. info.what .. ":" .. tostring(info.currentline)
end
print(xpcall(lvl1, handler))
print(xpcall(function() return 1 + {} end, debug.traceback))
print(xpcall(function() string.rep() end, debug.traceback))
print(xpcall(function() pcall(error, "inner"); error("outer") end, debug.traceback))
print(xpcall(function()
  xpcall(function() error("in1") end, function(m) print(debug.traceback(m)) return m end)
  error("out1")
end, debug.traceback))
print(xpcall(function() error("lvl", 2) end, function(m) return m .. "|" .. debug.traceback() end))
local t = setmetatable({}, {__index = function(t, k) error("no field " .. k) end})
print(xpcall(function() return t.foo end, debug.traceback))
print(xpcall(function() local a; a() end, function(m)
  local w = {}
  for i = 1, 5 do
    local info = debug.getinfo(i, "Sn")
    w[#w + 1] = info and (info.what .. ":" .. tostring(info.name)) or "-"
  end
  return table.concat(w, ",")
end))

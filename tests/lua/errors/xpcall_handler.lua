-- xpcall(f, handler): handler receives the error and its result is returned; no args to f in 5.1.
print(xpcall(function() return "ok", 2 end, print))
print(xpcall(function() error("bad") end, function(m) return "handled: " .. m end))
print(xpcall(function() error({1, 2}) end, function(m) return type(m), #m end))
print(xpcall(function() local x = nil; x() end, function(m) return m:upper() end))
print(xpcall(function(...) return select("#", ...) end, print, 1, 2, 3))
print(pcall(xpcall))
print(pcall(xpcall, print))
print(xpcall(error, function(m) return "got " .. tostring(m) end))
print(xpcall(function() error("in f") end, function(m) error("in handler") end))
print(xpcall(function() error("x") end, nil))
local depth = 0
print(xpcall(function() error("level") end, function(m)
  depth = depth + 1
  return debug.traceback(m, 1):match("^[^\n]*")
end))
print(depth)

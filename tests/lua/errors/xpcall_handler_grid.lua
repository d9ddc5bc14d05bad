-- xpcall handlers: what they receive, their results (only the first is kept),
-- errors inside the handler, handlers that are not functions, nested xpcall.
print(xpcall(function() error("a") end, function(m) return "handled: " .. m end))
print(xpcall(function() error({1}) end, function(m) return type(m), m[1] end))
print(xpcall(function() return 1, 2, 3 end, print))
print(xpcall(function() error("x") end, function(m) return end))
print(xpcall(function() error("x") end, function(m) return nil, 2 end))
print(xpcall(function() local x = nil; return x.y end, function(m) return m:upper() end))
print(xpcall(function() error() end, function(m) return tostring(m) end))
print(xpcall(function() error("h") end, function(m) error("in handler") end))
print(xpcall(function() error("h") end, 42))
print(pcall(xpcall, function() return "ok" end, nil))
print(xpcall(function() error("h") end, nil))
print(xpcall(function()
  return xpcall(function() error("inner", 0) end, function(m) return "i:" .. m end)
end, function(m) return "o:" .. m end))
print(xpcall(function()
  xpcall(function() error("inner", 0) end, function(m) error("from handler", 0) end)
  error("outer", 0)
end, function(m) return "o:" .. tostring(m) end))
local depth = 0
print(xpcall(function() error("deep", 0) end, function(m)
  depth = depth + 1
  return m .. depth
end))
print(xpcall(error, function(m) return "nil msg: " .. tostring(m) end))
print(xpcall(print, print))
print(pcall(xpcall))
print(pcall(xpcall, print))

-- __gc runs on collectgarbage() for unreachable proxies, once, newest first
local log = {}
local function make(name)
  local p = newproxy(true)
  getmetatable(p).__gc = function() log[#log + 1] = name end
  return p
end
do local x, y, z = make("x"), make("y"), make("z") end
collectgarbage()
print(table.concat(log, " "))
collectgarbage()
print(#log)
local kept = make("kept")
collectgarbage()
print(#log)
kept = nil
collectgarbage()
print(table.concat(log, " "))
local w = setmetatable({}, {__mode = "k"})
do local p = make("weakkey") w[p] = true end
collectgarbage()
local n = 0 for _ in pairs(w) do n = n + 1 end
print(n, log[#log])
collectgarbage()
n = 0 for _ in pairs(w) do n = n + 1 end
print(n)
local names = setmetatable({}, {__mode = "k"})
local vals = setmetatable({}, {__mode = "v"})
do
  local p = newproxy(true)
  names[p] = "named proxy"
  vals[1] = p
  getmetatable(p).__gc = function(u) print("gc sees", names[u], vals[1] == u) end
end
collectgarbage()
print(vals[1] ~= nil)
collectgarbage()
print(vals[1], next(names))

-- __gc of unreachable userdata runs on collectgarbage(); reachable ones wait until exit
local order = {}
do
  local p = newproxy(true)
  getmetatable(p).__gc = function() print("collected a") end
end
local q = newproxy(true)
getmetatable(q).__gc = function() print("collected q at exit") end
collectgarbage()
collectgarbage()
print("after collect")

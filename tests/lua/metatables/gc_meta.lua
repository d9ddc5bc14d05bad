-- __gc on tables is ignored in 5.1; on newproxy userdata it runs at collection.
local log = {}
do
  local t = setmetatable({}, {__gc = function() log[#log + 1] = "table gc" end})
  local u = newproxy(true)
  getmetatable(u).__gc = function() log[#log + 1] = "userdata gc" end
end
collectgarbage()
collectgarbage()
print(#log, log[1])

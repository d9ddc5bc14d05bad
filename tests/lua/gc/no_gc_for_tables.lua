-- Lua 5.1 calls __gc only for userdata: a table with __gc in its metatable is collected
-- silently, while newproxy userdata run theirs; collectgarbage results and options.
local log = {}
do
  local t = setmetatable({}, {__gc = function() log[#log + 1] = "table gc" end})
end
collectgarbage()
collectgarbage()
print(#log)
local u = newproxy(true)
getmetatable(u).__gc = function() log[#log + 1] = "userdata gc" end
u = nil
collectgarbage()
collectgarbage()
print(#log, log[1])
print(collectgarbage("collect"), collectgarbage(), type(collectgarbage("count")))
print(pcall(collectgarbage, "bogus"))
print(collectgarbage("stop"), collectgarbage("restart"))
print(type(collectgarbage("step")), collectgarbage("setpause", 150) ~= nil)

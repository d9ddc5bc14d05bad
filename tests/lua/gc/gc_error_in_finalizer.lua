-- an error in __gc during collectgarbage is not propagated to the caller in 5.1? check
do
  local p = newproxy(true)
  getmetatable(p).__gc = function() print("in gc") error("gc boom") end
end
print(pcall(collectgarbage))
print("after")

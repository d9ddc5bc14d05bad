-- __gc of userdata from newproxy(true) runs at the end of the program
local p = newproxy(true)
getmetatable(p).__gc = function() print("finalized at exit") end
_G.keep = p
print("end of chunk")

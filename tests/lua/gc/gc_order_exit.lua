-- pending finalizers run at exit in reverse order of creation
local list = {}
for i = 1, 3 do
  local p = newproxy(true)
  getmetatable(p).__gc = function() print("gc", i) end
  list[i] = p
end
print("done")

-- Two closures made in the same loop iteration share that iteration's variables only.
local getters, setters = {}, {}
for i = 1, 3 do
  local v = i
  getters[i] = function() return v end
  setters[i] = function(x) v = x end
end
setters[2]("two")
print(getters[1](), getters[2](), getters[3]())
for i = 1, 2 do
  local shared = 0
  local inc = function() shared = shared + 1 end
  local get = function() return shared end
  inc(); inc()
  io.write(get(), " ")
end
print()

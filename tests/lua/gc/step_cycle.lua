-- collectgarbage("step", n) works as incremental steps: small steps return
-- false until a cycle ends (then true, and weak entries are gone), larger
-- steps need fewer calls, and a huge or negative size ends a cycle at once.
collectgarbage()
local n = 0
repeat n = n + 1 until collectgarbage("step")
print("steps of 0:", n > 1)

local function count(size)
  collectgarbage()
  local i = 0
  repeat i = i + 1 until collectgarbage("step", size)
  return i
end
print(count(6) < count(0), count(100000), count(-1))

local weak = setmetatable({}, {__mode = "k"})
weak[{}] = 1
collectgarbage()
print(next(weak))
weak[{}] = 2
print(collectgarbage("step") == false, next(weak) ~= nil)
repeat until collectgarbage("step", 1)
print(next(weak))
print(collectgarbage("step", 1e9), collectgarbage("step", 1e9))
print(collectgarbage("setstepmul", 0) ~= nil, collectgarbage("step"), collectgarbage("step"))

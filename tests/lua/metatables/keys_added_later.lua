local Class = {}
Class.__index = Class
local log = 0
local function make(i)
  local o = setmetatable({}, Class)
  o.v = i
  o[1] = i
  return (o.v or 0) + (o.w or 0) + (maybe or 0)
end
local total = 0
for i = 1, 100 do total = total + make(i) end
Class.w = 1000
for i = 1, 100 do total = total + make(i) end
maybe = 5
for i = 1, 100 do total = total + make(i) end
Class.__newindex = function(t, k, v) log = log + 1; rawset(t, k, v * 2) end
for i = 1, 100 do total = total + make(i) end
for i = 1, 30 do
  _G["g" .. i] = i
  total = total + make(i)
end
print(total + log)

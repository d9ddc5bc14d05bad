-- A function reached through __call has a frame like a direct callee: the
-- traceback and debug.getinfo name it after the called value and see the
-- caller's current line, also when the call is in a return or a loop.
local t = setmetatable({}, {__call = function(self, x)
  print(debug.traceback("tb " .. tostring(x)))
  local caller = debug.getinfo(2, "l")
  print(debug.getinfo(1, "n").name, debug.getinfo(1, "n").namewhat, caller and caller.currentline)
  return x
end})
local r = t(1)
local function outer() local v = t(2) return v end
outer()
local function tail() return t(3) end
tail()
for i = 4, 5 do
  local v = t(i)
end
local obj = {field = t}
obj.field(6)
local nested = setmetatable({}, {__call = t})
print(pcall(nested, 7))

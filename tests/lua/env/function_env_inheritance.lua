-- Functions created inside a function get the creator's current environment at closure
-- time; setfenv on a function does not change closures it made earlier; loadstring chunks
-- get the global environment, not their caller's.
local envA = setmetatable({name = "A"}, {__index = _G})
local envB = setmetatable({name = "B"}, {__index = _G})
local function maker()
  return function() return name end
end
setfenv(maker, envA)
local fromA = maker()
setfenv(maker, envB)
local fromB = maker()
print(fromA(), fromB())
setfenv(maker, envA)
print(fromA(), fromB())
local function outer()
  local inner = function() return name end
  local chunk = loadstring("return name")
  return inner(), chunk()
end
setfenv(outer, envB)
print(outer())
name = "G"
print(outer())
local function setsGlobal() newglobal = "set" end
setfenv(setsGlobal, envA)
setsGlobal()
print(rawget(envA, "newglobal"), newglobal)
local co = coroutine.create(function() return name end)
print(coroutine.resume(co))
print(pcall(setfenv, co, envA))
debug.setfenv(co, envA)
print(debug.getfenv(co) == envA)
local co2 = coroutine.create(function() return getfenv(0) == envB, name end)
debug.setfenv(co2, envB)
print(coroutine.resume(co2))

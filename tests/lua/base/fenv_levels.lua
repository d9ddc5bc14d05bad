-- getfenv/setfenv: levels 0..n, functions, the global environment of the
-- thread, C functions, and setfenv's return values and errors.
local env = setmetatable({}, {__index = _G})
local function probe() return getfenv(1) end
print(probe() == _G, getfenv(probe) == _G)
setfenv(probe, env)
print(probe() == env, getfenv(probe) == env)
local function lvl2() return getfenv(2) end
local function caller() local e = lvl2(); return e end
setfenv(caller, env)
print(caller() == env)
print(pcall(getfenv, 50))
print(pcall(setfenv, 50, {}))
print(pcall(getfenv, -1))
print(pcall(setfenv, -1, {}))
print(pcall(setfenv, probe, 1))
print(pcall(setfenv, probe))
print(pcall(setfenv, "s", {}))
print(pcall(setfenv, print, {}))
print(pcall(getfenv, {}))
print(getfenv(print) == _G, getfenv(string.len) == _G)
print(getfenv(nil) == _G, getfenv() == _G)
-- setfenv on a level changes the running function
local function change()
  setfenv(1, {print = print, tag = "new env"})
  print(tag)
end
change()
print(tag)
-- a loaded chunk gets the globals, setfenv returns the function
local chunk = loadstring("return who")
print(chunk(), setfenv(chunk, {who = "chunk env"}) == chunk, chunk())
-- the environment is used by new closures created inside
local maker = loadstring("return function() return value end")
setfenv(maker, {value = 99})
print(maker()())
-- setfenv(0, t) changes the thread's globals table seen by getfenv(0)
local co = coroutine.create(function()
  local mine = {print = print, getfenv = getfenv}
  setfenv(0, mine)
  return getfenv(0) == mine
end)
print(coroutine.resume(co))
print(getfenv(0) == _G)

-- an error raised inside a hook propagates to the code the hook interrupted (pcall catches it
-- there), the hook stays set; hooks are not called while a hook runs.
local n = 0
local function hook(ev, line)
  n = n + 1
  if line == 10 then error("hook saw line 10") end
end
local function body()
  local a = 1
  local b = 2
  return a + b
end
debug.sethook(hook, "l")
local ok, e = pcall(function()
  local x = 1
  return body()
end)
debug.sethook()
print(ok, e)
print(n > 0)
local inner = 0
debug.sethook(function(ev)
  inner = inner + 1
  local t = {}
  for i = 1, 3 do t[i] = i end
end, "c")
local function g() return 1 end
g() g() g()
debug.sethook()
print(inner)
local calls = {}
debug.sethook(function(ev)
  local i = debug.getinfo(2, "n")
  calls[#calls + 1] = ev .. ":" .. tostring(i and i.name)
  if #calls == 3 then debug.sethook() end
end, "cr")
g()
g()
print(table.concat(calls, " "))
print(debug.gethook())

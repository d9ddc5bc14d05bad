-- A return hook left set when the program ends sees the main chunk return, then the return of
-- the C function that ran it (lua.c's pmain, with nothing below), before lua_close runs __gc.
local p = newproxy(true)
getmetatable(p).__gc = function() print("gc at close") end
local function hook(event)
  local info = debug.getinfo(2, "nSl")
  print(event, info.what, info.short_src, info.name, info.currentline, debug.getinfo(3) == nil)
end
local function f() return 1 end
debug.sethook(hook, "r")
f()
print("last statement")

-- Functions created by loadstring use the global environment, not the caller's.
local function run_in(env, src)
  local f = loadstring(src)
  if env then setfenv(f, env) end
  return f()
end
x = "global"
print(run_in(nil, "return x"))
print(run_in({x = "sandboxed"}, "return x"))
local caller = function() return loadstring("return x")() end
setfenv(caller, {loadstring = loadstring, x = "caller env"})
print(caller())
local f = loadstring("y = 5")
local env = {}
setfenv(f, env)
f()
print(y, env.y)

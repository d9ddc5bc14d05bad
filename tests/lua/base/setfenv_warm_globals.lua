-- setfenv/getfenv against warm global accesses: a function's reads and writes
-- follow a new environment (set from outside or from inside mid-loop), __index
-- and __newindex environments, rawset on _G, and environments shared by chunks.
x = "global x"
local function reader() return x end
for i = 1, 5000 do reader() end
print(reader())
setfenv(reader, {x = "env x"})
print(reader())
setfenv(reader, _G)
print(reader())
local function switcher()
  local seen = {}
  for i = 1, 3000 do
    if i == 1500 then setfenv(1, {x = "switched", tostring = tostring}) end
    seen[x] = (seen[x] or 0) + 1
  end
  return seen
end
local s = switcher()
print(s["global x"], s["switched"])
local function writer(v) y = v end
for i = 1, 5000 do writer(i) end
print(y)
local env = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, "via newindex " .. v) end, __index = _G})
setfenv(writer, env)
writer("w")
print(y, env.y)
rawset(_G, "x", "rawset x")
print(reader())
_G.x = nil
print(reader())
local proxyenv = setmetatable({}, {__index = function(_, k) return "dyn " .. k end})
local function dyn() return some_name, other end
for i = 1, 3000 do dyn() end
setfenv(dyn, proxyenv)
print(dyn())
local shared = {v = 1}
local f1 = setfenv(loadstring("return v"), shared)
local f2 = setfenv(loadstring("v = v + 1"), shared)
for i = 1, 3000 do f2() end
print(f1())
local gf = getfenv
local g = setfenv(function() return gf(1) == shared end, shared)
print(g(), getfenv(g) == shared)

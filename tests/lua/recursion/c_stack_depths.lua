-- How many nested calls from C fit before "C stack overflow": lua.c runs the main chunk two
-- C calls deep (lua_cpcall, lua_pcall), each pcall, metamethod, tostring or for iterator adds one.
local depth = 0
local function viapcall() depth = depth + 1 pcall(viapcall) end
viapcall()
print("pcall from main", depth)
depth = 0
pcall(viapcall)
print("pcall in pcall", depth)
depth = 0
coroutine.wrap(viapcall)()
print("pcall in coroutine", depth)
local mt = {}
mt.__index = function(t, k) depth = depth + 1 return setmetatable({}, mt)[k] end
depth = 0
print(pcall(function() return setmetatable({}, mt).x end))
print("__index", depth)
local function viatostring() depth = depth + 1 return tostring(setmetatable({}, { __tostring = viatostring })) end
depth = 0
print(pcall(viatostring))
print("__tostring", depth)
local function iterate() depth = depth + 1 for _ in iterate do end end
depth = 0
print(pcall(iterate))
print("for iterator", depth)
-- the parser counts its nesting on the same counter
for n = 195, 198 do
  local f, err = loadstring("return " .. string.rep("(", n) .. "1" .. string.rep(")", n), "=nest")
  print(n, f ~= nil, err)
end

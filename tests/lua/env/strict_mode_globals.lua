-- The classic strict.lua: __newindex/__index on _G using debug.getinfo(2, "S").what to allow
-- declarations in the main chunk and C code, and to reject undeclared globals in functions.
local mt = getmetatable(_G) or {}
setmetatable(_G, mt)
mt.__declared = {}
local function what()
  local d = debug.getinfo(3, "S")
  return d and d.what or "C"
end
mt.__newindex = function(t, n, v)
  if not mt.__declared[n] then
    local w = what()
    if w ~= "main" and w ~= "C" then
      error("assign to undeclared variable '" .. n .. "'", 2)
    end
    mt.__declared[n] = true
  end
  rawset(t, n, v)
end
mt.__index = function(t, n)
  if not mt.__declared[n] and what() ~= "C" then
    error("variable '" .. n .. "' is not declared", 2)
  end
  return rawget(t, n)
end
declared_in_main = 1
print(declared_in_main)
local function setter() undeclared_fn_global = 2 end
print(pcall(setter))
local function getter() return never_declared end
print(pcall(getter))
declared_nil = nil
local function reads() return declared_nil end
print(pcall(reads))
print(pcall(function() declared_in_main = 5; return declared_in_main end))
print(rawget(_G, "undeclared_fn_global"), mt.__declared.declared_nil)
loadstring("from_loadstring = 7")()
print(from_loadstring)
print(pcall(loadstring("return also_missing")))
setmetatable(_G, nil)
print(also_missing)

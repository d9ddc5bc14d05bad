-- more multi-line statements: stores to globals with __newindex, calls and compares
local function try(f) print(select(2, pcall(f))) end
setmetatable(_G, {__newindex = function(t, k, v) error("set " .. k, 2) end})
try(function()
  newglobal
    =
    1
end)
try(function()
  local a, b = {}, nil
  a.x, b.y =
    1,
    2
end)
setmetatable(_G, nil)
try(function()
  local t = {}
  t[nil] =
    1
end)
try(function()
  local t = {}
  t[0/0]
    = 1
end)
try(function()
  local f = {}
  local r = f(
    1)
end)
try(function()
  local s = "x"
  return s:nomethod(
    1)
end)
try(function()
  local n = nil
  for i = 1,
    n do end
end)
try(function()
  local t = {}
  return t.a
    .b
end)
try(function()
  return ("x")
    ..
    nil
end)
try(function()
  return -
    {}
end)

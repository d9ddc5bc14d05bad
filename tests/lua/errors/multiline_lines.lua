-- line numbers of runtime errors in statements spanning several lines
local function try(f) print(select(2, pcall(f))) end
try(function()
  local t = {}
  t.x =
    nil + 1
end)
try(function()
  local t = nil
  local v = t
    .field
end)
try(function()
  local f = nil
  f(
    1,
    2
  )
end)
try(function()
  local o = {}
  o
    :method(
      1)
end)
try(function()
  local t = {
    1,
    2,
    nil .. "x",
  }
end)
try(function()
  print(1,
    2,
    {} + 1)
end)
try(function()
  local a = 1
  local b = a
    +
    {}
end)
try(function()
  local s = "a" ..
    "b" ..
    {}
end)
try(function()
  return #
    nil
end)
try(function()
  local t = setmetatable({}, {__index = function(t, k)
    error("idx " .. k)
  end})
  return t
    .foo
end)
try(function()
  local x = undefinedglobal
    .y
    .z
end)
try(function()
  local a = {}
  a.b.c
    = 1
end)
try(function()
  return 1 <
    {}
end)

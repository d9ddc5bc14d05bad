-- Runtime errors report the line of the failing operation in multi-line statements.
local function try(f) print(select(2, pcall(f))) end
try(function()
  local t = {}
  local x = 1 +
    2 +
    t.missing.field
  return x
end)
try(function()
  local s = "a" ..
    "b" ..
    nil
end)
try(function()
  local f = nil
  f(
    1,
    2
  )
end)
try(function()
  return {
    1,
    2,
    nil + 1,
  }
end)

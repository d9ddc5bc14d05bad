-- debug.getlocal lists the hidden control variables of numeric and generic for loops under
-- PUC's names, then the loop variables and body locals (up to the temporaries).
local function locals(level)
  local out = {}
  for i = 1, 12 do
    local name, val = debug.getlocal(level + 1, i)
    if not name or name == "(*temporary)" then break end
    out[#out + 1] = name .. "=" .. (type(val) == "function" and "fn" or type(val) == "table" and "tbl" or tostring(val))
  end
  return table.concat(out, " ")
end
local a = 1
for i = 10, 12, 2 do
  print(locals(1))
end
for k, v in pairs({x = 1}) do
  print(locals(1))
end
for k in function(s, c) if not c then return "only" end end do
  local inner = "in"
  print(locals(1))
end
local function f(p, q, ...)
  local r = p
  return locals(1)
end
print(f(1, 2, 3))
local function tailed() return locals(2) end
print(pcall(function() return tailed() end))

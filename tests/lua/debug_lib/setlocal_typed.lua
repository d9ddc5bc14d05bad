-- debug.setlocal giving a local a value of another type than the one its uses were
-- specialized for (numbers here): arithmetic, comparison and negation still follow
-- the value's real type, with coercions, metamethods and error messages.
local function f(v)
  local x = 1
  local y = 2
  debug.setlocal(1, 2, v)
  local s = x + y
  local d = y - x
  local c = x < 3
  local n = -x
  return s, d, c, n
end
for round = 1, 3 do
  print(pcall(f, 5))
  print(pcall(f, "10"))
  print(pcall(f, {}))
  print(pcall(f, setmetatable({}, {__add = function() return "add" end,
    __sub = function() return "sub" end, __lt = function() return true end,
    __unm = function() return "unm" end})))
end

local function g(v)
  local acc = 0
  for i = 1, 5 do
    if i == 3 then debug.setlocal(1, 2, v) end
    acc = acc + i
  end
  return acc
end
print(pcall(g, 100))
print(pcall(g, "7"))
print(pcall(g, true))

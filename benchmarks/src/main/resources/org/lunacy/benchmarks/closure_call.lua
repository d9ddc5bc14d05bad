-- Calls of closures: one reading an upvalue, one updating its own upvalue.
local function adder(k)
  return function(x) return x + k end
end

local function counter()
  local c = 0
  return function(d)
    c = c + d
    return c
  end
end

return function(n)
  local add = adder(3)
  local count = counter()
  local s = 0
  for i = 1, n do
    s = add(s) + count(1)
  end
  return s
end

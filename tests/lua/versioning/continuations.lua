-- Blocks split after assignments of values of unknown type (field reads, calls),
-- whose later statements are specialized on the types those values turn out
-- to have; branches that reassign them must not leak stale types.
local function f(t, flag)
  local x = t.a
  local y = x * 2
  if flag then
    local z = t.b
    y = y + z
    x = "changed"
  end
  return x, y
end
print(f({a = 1, b = 2}, true))
print(f({a = 1, b = 2}, false))
print(f({a = 1.5, b = "3"}, true))
print(pcall(f, {a = "x"}, false))
print(f({a = "4", b = 1}, true))

local function g(list)
  local acc = 0
  for i = 1, #list do
    local v = list[i]
    if v > 2 then
      acc = acc + v
    else
      v = tostring(v)
      acc = acc .. v
    end
    local w = acc
    if type(w) == "number" then acc = w * 1 end
  end
  return acc
end
print(g({1, 3, 5}))
print(g({5, 1, 3}))
print(g({3, 4}))

local function h(n)
  local s = 0
  for i = 1, n do
    local a = math.floor(i / 2)
    local b = select(2, 0, i)
    s = s + a * b - (a < b and 1 or 0)
    if i == 3 then s = tostring(s) .. "" end
  end
  return s
end
print(h(2), h(3), pcall(h, 4))

local co = coroutine.wrap(function(t)
  local x = t.v
  coroutine.yield(x + 1)
  local y = x * 2
  coroutine.yield(y)
  x = {}
  return type(x), y
end)
print(co({v = 10}))
print(co())
print(co())

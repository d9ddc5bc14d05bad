-- Coroutines suspended inside a block while it had one version, resumed after
-- other activations of the same function built more versions of that block
-- (and, past the cap, its generic copy). Each resume continues where its own
-- activation left off.
local function worker(tag)
  return coroutine.create(function(a, b)
    local acc = a
    for i = 1, 4 do
      acc = acc + b * i
      local got = coroutine.yield(tag, i, acc)
      if got ~= nil then b = got end
    end
    return tag, "done", acc
  end)
end

local cos = {}
-- the first ones enter with numbers: the loop body's first version
for k = 1, 3 do
  cos[#cos + 1] = worker("n" .. k)
  print(coroutine.resume(cos[#cos], k, 1))
end
-- these enter with strings and tables with __add, so the blocks get more
-- versions, and finally their generic copies
local mt = {__add = function(x, y)
  local vx = type(x) == "table" and x.v or x
  local vy = type(y) == "table" and y.v or y
  return {v = vx + vy}
end, __mul = function(x, y)
  local vx = type(x) == "table" and x.v or x
  local vy = type(y) == "table" and y.v or y
  return {v = vx * vy}
end}
local function show(...)
  local t = {...}
  for i = 1, select("#", ...) do
    if type(t[i]) == "table" then t[i] = "{v=" .. tostring(t[i].v) .. "}" end
    t[i] = tostring(t[i])
  end
  return table.concat(t, " ")
end
cos[#cos + 1] = worker("s")
print(show(coroutine.resume(cos[#cos], "10", "2")))
for k = 1, 6 do
  cos[#cos + 1] = worker("t" .. k)
  print(show(coroutine.resume(cos[#cos], setmetatable({v = k}, mt), setmetatable({v = 1}, mt))))
end
-- every coroutine goes on, round after round, switching types as it goes
for round = 1, 5 do
  for i, co in ipairs(cos) do
    if coroutine.status(co) == "suspended" then
      local arg = (round % 2 == 0) and round or nil
      print(round, i, show(coroutine.resume(co, arg)))
    end
  end
end
for i, co in ipairs(cos) do
  print(i, coroutine.status(co))
end

-- The same field sites read and write tables of many layouts: objects built with fields in
-- different orders and sizes, some without the field (found through __index or nil), rehashed
-- tables, and keys removed and added again. Each loop runs long enough to be compiled.
local Base = {kind = "base", x = -1}
Base.__index = Base

local function make(shape, i)
  if shape == 1 then
    return setmetatable({x = i, y = 1}, Base)
  elseif shape == 2 then
    return setmetatable({y = 2, x = i}, Base)
  elseif shape == 3 then
    return setmetatable({a = 1, b = 2, c = 3, x = i, y = 3}, Base)
  elseif shape == 4 then
    return setmetatable({y = 4}, Base) -- x comes from Base
  elseif shape == 5 then
    local t = setmetatable({}, Base)
    for k = 1, 20 do t["f" .. k] = k end
    t.x, t.y = i, 5
    return t
  elseif shape == 6 then
    return {x = i, y = 6, z = true}
  else
    local t = {p = 1, q = 2, x = i}
    t.p, t.q = nil, nil
    t.y = 7
    return t
  end
end

local function sum_x(objs)
  local s = 0
  for i = 1, #objs do
    local o = objs[i]
    s = s + o.x + o.y
  end
  return s
end

local function bump(objs)
  for i = 1, #objs do
    local o = objs[i]
    o.x = o.x + 1
    o.y = o.y * 2
  end
end

local function kinds(objs)
  local n = 0
  for i = 1, #objs do
    if objs[i].kind == "base" then n = n + 1 end
    if objs[i].z then n = n + 100 end
  end
  return n
end

for shapes = 1, 7 do
  local objs = {}
  for i = 1, 700 do
    objs[i] = make((i % shapes) + 1, i)
  end
  local total, k = 0, 0
  for round = 1, 20 do
    total = total + sum_x(objs)
    bump(objs)
    k = k + kinds(objs)
  end
  print(shapes, total, k, sum_x(objs))
end

-- a table whose layout changes under a hot site
local t = {x = 1, y = 2}
local acc = 0
for i = 1, 3000 do
  acc = acc + t.x
  if i % 500 == 0 then
    for k = 1, i / 100 do t["g" .. k] = k end
  end
  if i % 700 == 0 then
    t.x = nil
    t.x = i
  end
end
print(acc, t.x, t.y)

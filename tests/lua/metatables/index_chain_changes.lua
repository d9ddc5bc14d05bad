-- Method lookups through __index chains of class tables, while the classes change under hot
-- call sites: a method replaced in a base class, an override added to a subclass, a class
-- given another metatable, __index moved to another table or to a function, an instance's own
-- field, a method removed, more receiver metatables than a site folds, a class that grows.
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, {__index = parent}) end
  return c
end

local Base = class()
function Base:name() return "base" end
function Base:value() return 1 end
local Mid = class(Base)
local Leaf = class(Mid)

local function run(objs, rounds)
  local out = {}
  for r = 1, rounds do
    for i = 1, #objs do
      local o = objs[i]
      out[i] = o:name() .. ":" .. o:value()
    end
  end
  return table.concat(out, " ")
end

local a, b, c = setmetatable({}, Base), setmetatable({}, Mid), setmetatable({}, Leaf)
local objs = {a, b, c}
print(run(objs, 3000))
function Base:value() return 2 end
print(run(objs, 3000))
function Mid:name() return "mid" end
print(run(objs, 3000))
local Other = class()
function Other:name() return "other" end
function Other:value() return 3 end
setmetatable(Mid, {__index = Other})
print(run(objs, 3000))
getmetatable(Mid).__index = Base
print(run(objs, 3000))
Leaf.__index = function(t, k) return function() return "fn:" .. k end end
print(run(objs, 3000))
Leaf.__index = Leaf
c.name = function() return "own" end
print(run(objs, 3000))
c.name = nil
Mid.name = nil
print(run(objs, 3000))
Base.value = nil
print(pcall(run, objs, 10))
Base.value = function() return 4 end
-- more metatables at one site than it folds
local many = {}
for i = 1, 7 do
  local k = class(i % 2 == 0 and Base or Mid)
  if i % 3 == 0 then k.value = function() return 10 + i end end
  many[i] = setmetatable({}, k)
end
print(run(many, 2000))
-- a class that keeps growing while a site relies on a key it lacks
local Grow = class(Base)
local g = setmetatable({}, Grow)
for i = 1, 40 do
  Grow["k" .. i] = i
  if i % 10 == 0 then print(run({g}, 500)) end
end
Grow.value = function() return "grown" end
print(run({g}, 500))
-- a nil metatable __index, and a plain field read through the chain
local Plain = {}
Plain.__index = {answer = 42}
local p = setmetatable({}, Plain)
local sum = 0
for i = 1, 5000 do sum = sum + p.answer end
print(sum, p.missing)
Plain.__index.answer = 43
sum = 0
for i = 1, 5000 do sum = sum + p.answer end
print(sum)
Plain.__index = nil
print(p.answer)

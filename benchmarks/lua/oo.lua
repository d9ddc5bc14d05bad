-- oo: a class hierarchy built with setmetatable and __index chains:
-- Object <- Shape <- Rectangle <- Square, Shape <- Ellipse <- Circle, plus a
-- Vector class with __add/__eq/__index metamethods. Objects of all classes
-- sit in one array and are driven through the same call sites.
-- Measures: method lookup through one to four levels of __index tables,
-- polymorphic method calls, super calls, constructor chains, field writes,
-- operator metamethods.
-- One iteration creates 30000 shapes and makes about 1 million method calls.
local N = tonumber(arg and arg[1]) or 30

-- A class is its own instances' metatable; methods missing in a class are
-- looked up in its parent through the class's own metatable.
local function class(parent)
  local c = {}
  c.__index = c
  c.super = parent
  if parent then
    setmetatable(c, { __index = parent })
  end
  function c.new(...)
    local object = setmetatable({}, c)
    object:init(...)
    return object
  end
  return c
end

local Object = class(nil)

local next_id = 0

function Object:init()
  next_id = next_id + 1
  self.id = next_id
end

function Object:hash()
  return self.id % 97
end

local Shape = class(Object)

function Shape:init(name)
  Object.init(self)
  self.name = name
  self.moves = 0
end

function Shape:describe()
  return #self.name + self:area() + self:perimeter() + self:hash()
end

function Shape:move(dx)
  self.moves = self.moves + dx
  return self
end

local Rectangle = class(Shape)

function Rectangle:init(width, height)
  Shape.init(self, "rectangle")
  self.width = width
  self.height = height
end

function Rectangle:area()
  return self.width * self.height
end

function Rectangle:perimeter()
  return 2 * (self.width + self.height)
end

function Rectangle:grow(k)
  self.width = self.width + k
  self.height = self.height + k
end

local Square = class(Rectangle)

function Square:init(side)
  Rectangle.init(self, side, side)
  self.name = "square"
end

-- Overrides and then calls the parent's method.
function Square:perimeter()
  return Square.super.perimeter(self) + 1
end

local Ellipse = class(Shape)

function Ellipse:init(a, b)
  Shape.init(self, "ellipse")
  self.a = a
  self.b = b
end

-- Integer approximations keep the checksum exact.
function Ellipse:area()
  return 3 * self.a * self.b
end

function Ellipse:perimeter()
  return 3 * (self.a + self.b)
end

function Ellipse:grow(k)
  self.a = self.a + k
  self.b = self.b + k
end

local Circle = class(Ellipse)

function Circle:init(r)
  Ellipse.init(self, r, r)
  self.name = "circle"
end

function Circle:perimeter()
  return 6 * self.a
end

-- Value objects with operators.
local Vector = {}
Vector.__index = Vector

function Vector.new(x, y)
  return setmetatable({ x = x, y = y }, Vector)
end

function Vector.__add(p, q)
  return Vector.new(p.x + q.x, p.y + q.y)
end

function Vector.__eq(p, q)
  return p.x == q.x and p.y == q.y
end

function Vector:dot(q)
  return self.x * q.x + self.y * q.y
end

local function make_shape(i)
  local k = i % 4
  local size = i % 13 + 1
  if k == 0 then
    return Rectangle.new(size, size + 2)
  elseif k == 1 then
    return Square.new(size)
  elseif k == 2 then
    return Ellipse.new(size, size + 1)
  end
  return Circle.new(size)
end

local SHAPES = 30000

local function iteration()
  next_id = 0
  local shapes = {}
  for i = 1, SHAPES do
    shapes[i] = make_shape(i)
  end

  local total = 0
  for round = 1, 5 do
    for i = 1, SHAPES do
      local s = shapes[i]
      total = total + s:describe()
      s:move(round):grow(1)
    end
  end

  local sum = Vector.new(0, 0)
  for i = 1, SHAPES do
    local s = shapes[i]
    sum = sum + Vector.new(s:area() % 10, s.moves)
  end
  if not (sum == Vector.new(sum.x, sum.y)) or sum == Vector.new(0, 0) then
    error("oo: vector equality is broken")
  end
  total = total + sum:dot(Vector.new(3, 1))

  if total ~= 46948030 then
    error("oo: total " .. total)
  end
  return total
end

---------------------------------------------------------------------------
-- Harness, the same in every benchmark: N timed iterations, each checked by
-- the benchmark itself; every iteration must give the same checksum.
local function format_checksum(c)
  if type(c) == "number" then
    if c == math.floor(c) and c > -2^53 and c < 2^53 then
      return string.format("%d", c)
    end
    return string.format("%.6f", c)
  end
  return tostring(c)
end

local checksum
for i = 1, N do
  local t0 = os.clock()
  local c = iteration()
  local t1 = os.clock()
  c = format_checksum(c)
  if checksum ~= nil and c ~= checksum then
    error("iteration " .. i .. " gave checksum " .. c .. ", expected " .. checksum)
  end
  checksum = c
  io.write(string.format("iteration %d %.6f\n", i, t1 - t0))
end
io.write("result ", checksum or "none", "\n")

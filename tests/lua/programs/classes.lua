-- OO class hierarchies: a class() helper with single inheritance through
-- __index chains, super calls, __tostring/__eq/__lt/__le/__concat/__call/__len
-- metamethods copied to subclasses, class-level counters, and a shape zoo.
local function class(parent)
  local c = {}
  c.__index = c
  if parent then
    setmetatable(c, { __index = parent })
    for _, mm in ipairs({ "__tostring", "__eq", "__lt", "__le", "__concat", "__call", "__len", "__add" }) do
      c[mm] = rawget(parent, mm)
    end
  end
  c.super = parent
  c.new = function(...)
    local obj = setmetatable({}, c)
    if obj.init then obj:init(...) end
    return obj
  end
  return c
end

local Shape = class()
Shape.count = 0
function Shape:init(name)
  self.name = name
  Shape.count = Shape.count + 1
  self.serial = Shape.count
end
function Shape:area() return 0 end
function Shape:describe()
  return string.format("%s #%d with area %.3f", self:kind(), self.serial, self:area())
end
function Shape:kind() return "shape" end
Shape.__tostring = function(s) return s:kind() .. "(" .. s.name .. ")" end
Shape.__eq = function(a, b) return a:area() == b:area() end
Shape.__lt = function(a, b) return a:area() < b:area() end
Shape.__le = function(a, b) return a:area() <= b:area() end
Shape.__concat = function(a, b) return tostring(a) .. "&" .. tostring(b) end

local Rect = class(Shape)
function Rect:init(name, w, h)
  Shape.init(self, name)
  self.w, self.h = w, h
end
function Rect:area() return self.w * self.h end
function Rect:kind() return "rect" end

local Square = class(Rect)
function Square:init(name, side)
  self.super.init(self, name, side, side)
end
function Square:kind() return "square" end

local Circle = class(Shape)
function Circle:init(name, r)
  Shape.init(self, name)
  self.r = r
end
function Circle:area() return math.pi * self.r ^ 2 end
function Circle:kind() return "circle" end
Circle.__call = function(self, scale) return Circle.new(self.name .. "*" .. scale, self.r * scale) end

local zoo = {
  Rect.new("r1", 3, 4),
  Square.new("s1", 2),
  Circle.new("c1", 1),
  Square.new("s2", 3.5),
  Rect.new("r2", 2, 2),
  Shape.new("blob"),
  Circle.new("c2", 0.5),
}
zoo[#zoo + 1] = zoo[3](2)
for _, s in ipairs(zoo) do print(tostring(s), s:describe()) end
table.sort(zoo, function(a, b) return a < b end)
local names = {}
for i, s in ipairs(zoo) do names[i] = tostring(s) end
print(table.concat(names, " < "))
print(zoo[1] .. zoo[2], zoo[3] .. "!", "?" .. zoo[4])
print(Square.new("a", 2) == Rect.new("b", 1, 4), Square.new("a", 2) == Rect.new("b", 1, 3))
print(Square.new("a", 2) <= Rect.new("b", 1, 4), Circle.new("c", 1) > Square.new("d", 1))
print(Shape.count, rawget(Square, "count"), Square.count)
print(getmetatable(zoo[1]) == Shape, Square.super == Rect, Rect.super == Shape)

-- deeper chain: method resolution walks parents
local A = class()
function A:who() return "A" end
function A:hello() return "hello from " .. self:who() end
local chain = { A }
for i = 1, 12 do
  local k = class(chain[#chain])
  if i % 4 == 0 then
    local tag = "C" .. i
    k.who = function() return tag end
  end
  chain[#chain + 1] = k
end
local parts = {}
for i, k in ipairs(chain) do parts[i] = k.new():hello() end
print(table.concat(parts, ", "))

-- error inside a metamethod and a missing method
print(pcall(function() return Shape.new("x"):nosuch() end))
local Bad = class(Shape)
Bad.__tostring = function() return 42 end
print(pcall(tostring, Bad.new("b")))
Bad.__tostring = function() error("no string for you") end
print(pcall(tostring, Bad.new("b")))
print(pcall(function() return Rect.new("r", 1, 1) < Circle.new("c", 1) end))

-- a stack class with __len and __index fallback for numbers
local Stack = class()
function Stack:init() self.items = {} end
function Stack:push(...) for i = 1, select("#", ...) do self.items[#self.items + 1] = (select(i, ...)) end return self end
function Stack:pop() return table.remove(self.items) end
Stack.__len = function(s) return #s.items end
Stack.__tostring = function(s) return "[" .. table.concat(s.items, ",") .. "]" end
local st = Stack.new():push(1, 2, 3):push("x")
print(tostring(st), #st, st:pop(), st:pop(), tostring(st), #st)

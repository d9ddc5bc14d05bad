-- A small class library: inheritance through __index chains, super calls, __tostring,
-- __eq/__lt/__le/__add/__concat/__call on instances, class-level counters, isinstance.
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, {__index = parent}) end
  c.super = parent
  c.new = function(...)
    local o = setmetatable({}, c)
    if o.init then o:init(...) end
    return o
  end
  return c
end
local Shape = class()
Shape.count = 0
function Shape:init(name) self.name = name; Shape.count = Shape.count + 1 end
function Shape:area() return 0 end
function Shape:describe() return self.name .. " area=" .. string.format("%.2f", self:area()) end
Shape.__tostring = function(s) return "Shape(" .. s.name .. ")" end
local Rect = class(Shape)
function Rect:init(w, h) Shape.init(self, "rect"); self.w, self.h = w, h end
function Rect:area() return self.w * self.h end
Rect.__tostring = Shape.__tostring
Rect.__eq = function(a, b) return a:area() == b:area() end
Rect.__lt = function(a, b) return a:area() < b:area() end
Rect.__le = function(a, b) return a:area() <= b:area() end
Rect.__add = function(a, b) return Rect.new(a.w + b.w, a.h + b.h) end
Rect.__concat = function(a, b) return tostring(a) .. "&" .. tostring(b) end
Rect.__call = function(self, k) return self[k] end
local Square = class(Rect)
function Square:init(s) Rect.init(self, s, s); self.name = "square" end
Square.__tostring = function(s) return "Square[" .. s.w .. "]" end
Square.__eq = Rect.__eq
Square.__lt = Rect.__lt
local r1, r2, sq = Rect.new(2, 3), Rect.new(3, 2), Square.new(2)
print(r1:describe(), sq:describe(), Shape.count)
print(tostring(r1), tostring(sq), r1 == r2, r1 ~= r2, r1 < r2, r1 <= r2)
print(pcall(function() return r1 < sq end))
print(sq < Square.new(3), sq == Square.new(2))
local r3 = r1 + r2
print(r3.w, r3.h, r3:area(), getmetatable(r3) == Rect)
print(r1 .. r2, r1 .. "x", r1("w"), r1("name"))
local function isinstance(o, c)
  local m = getmetatable(o)
  while m do
    if m == c then return true end
    m = m.super
  end
  return false
end
print(isinstance(sq, Shape), isinstance(sq, Rect), isinstance(r1, Square))
print(rawget(sq, "area"), sq.area == Rect.area, Square.super == Rect)

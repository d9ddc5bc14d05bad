-- ray tracer shape: vectors as tables with arithmetic metamethods, spheres and
-- a plane, diffuse light with shadows and one reflection; prints an ASCII
-- rendering and a checksum of the pixel values.
local Vec = {}
Vec.__index = Vec
local function vec(x, y, z) return setmetatable({ x = x, y = y, z = z }, Vec) end
Vec.__add = function(a, b) return vec(a.x + b.x, a.y + b.y, a.z + b.z) end
Vec.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y, a.z - b.z) end
Vec.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y, a * b.z) end
  return vec(a.x * b, a.y * b, a.z * b)
end
Vec.__unm = function(a) return vec(-a.x, -a.y, -a.z) end
Vec.__tostring = function(a) return string.format("(%g, %g, %g)", a.x, a.y, a.z) end
function Vec:dot(b) return self.x * b.x + self.y * b.y + self.z * b.z end
function Vec:length() return math.sqrt(self:dot(self)) end
function Vec:unit() return self * (1 / self:length()) end

local Sphere = {}
Sphere.__index = Sphere
local function sphere(center, radius, shade) return setmetatable({ c = center, r = radius, shade = shade }, Sphere) end
function Sphere:hit(origin, dir)
  local oc = origin - self.c
  local b = oc:dot(dir)
  local c = oc:dot(oc) - self.r * self.r
  local disc = b * b - c
  if disc < 0 then return nil end
  local s = math.sqrt(disc)
  local t = -b - s
  if t < 1e-6 then t = -b + s end
  if t < 1e-6 then return nil end
  return t
end
function Sphere:normal(p) return (p - self.c):unit() end

local Plane = {}
Plane.__index = Plane
local function plane(n, d, shade) return setmetatable({ n = n, d = d, shade = shade }, Plane) end
function Plane:hit(origin, dir)
  local denom = self.n:dot(dir)
  if math.abs(denom) < 1e-9 then return nil end
  local t = -(self.n:dot(origin) + self.d) / denom
  if t < 1e-6 then return nil end
  return t
end
function Plane:normal() return self.n end

local scene = {
  sphere(vec(0, 0, 5), 1.5, 0.9),
  sphere(vec(2, 1, 7), 1, 0.6),
  sphere(vec(-2.2, -0.5, 4), 0.7, 0.8),
  plane(vec(0, 1, 0), 1.5, 0.5),
}
local light = vec(-5, 8, -3)

local function nearest(origin, dir)
  local best, obj = math.huge, nil
  for _, o in ipairs(scene) do
    local t = o:hit(origin, dir)
    if t and t < best then best, obj = t, o end
  end
  return obj, best
end

local function trace(origin, dir, depth)
  local obj, t = nearest(origin, dir)
  if not obj then return 0.1 end
  local p = origin + dir * t
  local n = obj:normal(p)
  local tolight = (light - p):unit()
  local lit = 0
  local shadow = nearest(p + n * 1e-4, tolight)
  if not shadow then
    lit = math.max(0, n:dot(tolight))
  end
  local c = 0.1 + 0.9 * lit * obj.shade
  if depth > 0 then
    local r = dir - 2 * dir:dot(n) * n
    c = 0.7 * c + 0.3 * trace(p + n * 1e-4, r:unit(), depth - 1)
  end
  return c
end

local W, H = 48, 24
local ramp = " .:-=+*#%@"
local sum, hist = 0, {}
for y = 0, H - 1 do
  local row = {}
  for x = 0, W - 1 do
    local dir = vec((x - W / 2) / W * 1.6, (H / 2 - y) / H * 0.9, 1):unit()
    local c = trace(vec(0, 0, 0), dir, 2)
    sum = sum + c
    local level = math.floor(math.min(c, 0.999) * #ramp)
    hist[level] = (hist[level] or 0) + 1
    row[#row + 1] = string.sub(ramp, level + 1, level + 1)
  end
  io.write(table.concat(row), "\n")
end
print(string.format("checksum %.6f", sum), sum)
for level = 0, #ramp - 1 do io.write(level, ":", hist[level] or 0, " ") end
io.write("\n")
print(tostring(vec(1, 2.5, -3)), vec(1, 0, 0) + vec(0, 1, 0) * 2, -vec(1, 1e100, 1 / 3))

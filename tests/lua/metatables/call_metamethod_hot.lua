-- Callable tables (__call) called from hot code: a class called as a constructor, varargs,
-- many callables at one site, a handler replaced while a loop runs and then removed, errors, tail
-- calls and tracebacks inside the handler.
local Point = setmetatable({}, {__call = function(cls, x, y)
  return setmetatable({x = x, y = y}, cls)
end})
Point.__index = Point
function Point:len2() return self.x * self.x + self.y * self.y end
local s = 0
for i = 1, 20000 do s = s + Point(i % 7, i % 3):len2() end
print(s)

local va = setmetatable({}, {__call = function(self, ...) return select("#", ...), ... end})
for i = 1, 3000 do s = va(1, nil, 3) end
print(va(), va(nil), va(1, 2, 3))

local callables = {}
for i = 1, 6 do
  callables[i] = setmetatable({id = i}, {__call = function(self, a) return self.id * a end})
end
local total = 0
for i = 1, 12000 do total = total + callables[i % 6 + 1](i) end
print(total)

local mt = {__call = function() return 1 end}
local c = setmetatable({}, mt)
total = 0
for i = 1, 6000 do
  if i == 2000 then mt.__call = function(_, x) return x end end
  if i == 4000 then setmetatable(c, {__call = function() return 100 end}) end
  total = total + c(i)
end
print(total)
mt.__call = nil
local d = setmetatable({}, mt)
print(pcall(function() return d(1) end))
print(pcall(function() local t = {} return t() end))

local e = setmetatable({}, {__call = function(self, k) error("call " .. k) end})
for i = 1, 2 do print(pcall(function() return e("x") end)) end
local function tail(k) return "tail:" .. k end
local t = setmetatable({}, {__call = function(self, k) return tail(k) end})
for i = 1, 3000 do s = t(i) end
print(s)
local tb = setmetatable({}, {__call = function() return debug.traceback("in call") end})
print(tb())
local obj = {f = tb}
print(obj.f())

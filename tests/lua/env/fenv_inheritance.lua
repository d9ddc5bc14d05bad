-- Closures created inside a function inherit that function's current environment.
local function factory()
  return function() return name end
end
setfenv(factory, {name = "factory env"})
local made = factory()
print(made())
name = "global name"
print(made())
local function f2() return function() return name end end
local g = f2()
setfenv(f2, {name = "later"})
print(g(), f2()())

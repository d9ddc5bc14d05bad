-- Parameters captured by closures behave like locals; changing them is visible to all.
local function make(x)
  local get = function() return x end
  local set = function(v) x = v end
  x = x * 2
  return get, set
end
local get, set = make(5)
print(get())
set(7)
print(get())
local function defaults(a, b)
  b = b or "default"
  return function() return a, b end
end
print(defaults(1)())
print(defaults(1, 2)())

-- "C stack overflow" raised for a call made by Lua code (a metamethod, a generic for's
-- iterator) carries that code's position; raised for a call made by a builtin, none.
local function report(name, f)
  local ok, err = pcall(f)
  print(name, ok, err)
end
local idx = {}
idx.__index = function(t, k) return setmetatable({}, idx)[k] end
report("__index", function() return setmetatable({}, idx).x end)
local add = {}
add.__add = function(a, b)
  return setmetatable({}, add) + b
end
report("__add", function() return setmetatable({}, add) + 1 end)
local cat = {}
cat.__concat = function(a, b) return "x" .. setmetatable({}, cat) end
report("__concat", function() return "x" .. setmetatable({}, cat) end)
local lt = {}
lt.__lt = function(a, b) return setmetatable({}, lt) < setmetatable({}, lt) end
report("__lt", function() return setmetatable({}, lt) < setmetatable({}, lt) end)
local ni = {}
ni.__newindex = function(t, k, v) setmetatable({}, ni)[k] = v end
report("__newindex", function() setmetatable({}, ni).x = 1 end)
local function iterate()
  for _ in iterate do
  end
end
report("for", iterate)
local function gsubs(s) return (string.gsub(s, ".", gsubs)) end
report("gsub", function() return gsubs("x") end)
local ts = {}
ts.__tostring = function(v) return tostring(setmetatable({}, ts)) end
report("tostring", function() return tostring(setmetatable({}, ts)) end)
local function sorts()
  table.sort({ 2, 1 }, function(a, b) sorts() return a < b end)
end
report("sort", sorts)

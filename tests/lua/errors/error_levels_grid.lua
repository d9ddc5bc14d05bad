-- error() with levels 0, 1, 2, 3 from nested functions, non-string values with levels,
-- and positions added only to strings (numbers are converted by the message, not error()).
local function lvl(n, v) error(v, n) end
local function a(n, v) lvl(n, v) end
local function b(n, v) a(n, v) end
for _, n in ipairs({0, 1, 2, 3, 4, 10}) do
  print(n, pcall(b, n, "msg"))
end
print(pcall(b, 1, 42))
print(pcall(b, 2, 4.5))
print(pcall(b, 1, nil))
print(pcall(b, 1, false))
local t = {}
local ok, e = pcall(b, 2, t)
print(ok, e == t)
print(pcall(error))
print(pcall(error, "plain"))
print(pcall(error, "lvl0", 0))
print(pcall(error, "lvl1", 1))
print(pcall(error, "lvl2", 2))
print(pcall(error, "s", "2"))
print(pcall(error, "s", 2.7))
print(pcall(error, "s", -1))
print(pcall(error, "s", "x"))
print(select("#", pcall(error, nil)))
-- error objects pass through nested pcalls untouched
local obj = setmetatable({}, {__tostring = function() return "OBJ" end})
local ok1, e1 = pcall(function()
  local ok2, e2 = pcall(error, obj)
  assert(not ok2 and e2 == obj)
  error(e2, 2)
end)
print(ok1, e1 == obj, tostring(e1))
-- rethrowing a string error adds a second position only with level
print(pcall(function()
  local ok, m = pcall(error, "inner")
  error(m)
end))
print(pcall(function()
  local ok, m = pcall(error, "inner")
  error(m, 0)
end))

-- debug.getlocal/setlocal: active locals in declaration order (parameters, arg, block locals,
-- hidden for-loop locals), locals of callers by level, captured locals, errors and nil results.
local function locals(level)
  local out = {}
  local i = 1
  while true do
    local name, value = debug.getlocal(level + 1, i)
    if not name then break end
    if type(value) == "function" or type(value) == "table" then value = type(value) end
    out[#out + 1] = name .. "=" .. tostring(value)
    i = i + 1
  end
  return table.concat(out, " ")
end
local function f(a, b)
  local c = a + b
  do
    local d = c * 2
    local s = locals(1) print(s)
  end
  local e = "e"
  local s = locals(1) print(s)
  return c
end
f(1, 2)
local function va(x, ...)
  local y = select("#", ...)
  local s = locals(1) print(s)
end
va(10, 20, 30)
for i = 1, 2 do
  local sq = i * i
  local s = locals(1) print(s)
end
for k, v in ipairs({"a"}) do
  local s = locals(1) print(s)
end
local function outer(p)
  local q = p + 1
  local function inner()
    local s = locals(2) print(s)
    print(debug.getlocal(2, 1), debug.getlocal(2, 2))
    return q
  end
  return inner() + 0
end
outer(5)
local function change()
  local x, y = 1, 2
  print(debug.setlocal(1, 2, 20), debug.setlocal(1, 5, 0))
  local captured = 3
  local get = function() return captured end
  print(debug.setlocal(1, 3, 30))
  print(x, y, captured, get())
end
change()
local function changer() debug.setlocal(2, 1, "changed by callee") end
local function victim()
  local s = "original"
  changer()
  return s
end
print(victim())
print(debug.getlocal(1, 0), debug.getlocal(1, -1), debug.getlocal(1, 1000))
print(pcall(debug.getlocal, 100, 1))
print(pcall(debug.getlocal, -1, 1))
print(pcall(debug.setlocal, 100, 1, 1))
print(pcall(debug.getlocal, 1))
print(pcall(debug.getlocal, "x", 1))
print(pcall(debug.getlocal, print, 1))
local t = setmetatable({}, {__index = function(tab, key)
  local n, v = debug.getlocal(1, 2)
  return n .. ":" .. v
end})
print(t.somekey)
local co = coroutine.create(function(a)
  local b = a * 2
  local s = locals(1) print(s)
  coroutine.yield()
end)
coroutine.resume(co, 4)
print(pcall(debug.getlocal, co, 50, 1))

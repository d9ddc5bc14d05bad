-- debug.getlocal at level 0 sees the running builtin's own arguments as "(*temporary)" slots
-- (setlocal too); locals of callers stop at their active variables; varargs are not locals in 5.1.
local function inspect(level)
  local t = {}
  local i = 1
  while true do
    local n, v = debug.getlocal(level + 1, i)
    if not n then break end
    t[#t + 1] = n .. "=" .. tostring(v)
    i = i + 1
  end
  return table.concat(t, " ")
end
local function f(a, b)
  local c = a + b
  local r = inspect(1)
  return r
end
print(f(1, 2))
local function g(...)
  local x = select("#", ...)
  local r = inspect(1)
  return r
end
print(g(7, 8, 9))
local function tail(a) return inspect(1) end
print(tail(5))
print(debug.getlocal(0, 1))
print(debug.getlocal(0, 2))
print(debug.getlocal(0, 3))
print(pcall(debug.getlocal, 0, 1))
print(debug.setlocal(0, 1, 5))
print(debug.setlocal(0, 4, 5))
print(debug.getlocal(0, 1, "x", nil))
print(debug.getlocal(0, 4, "x", nil))
print(debug.getlocal(0, 5, "x", nil))
local co = coroutine.create(function()
  print(debug.getlocal(0, 1))
  print(debug.getlocal(coroutine.running(), 0, 2))
end)
coroutine.resume(co)
print(pcall(debug.getlocal, co, 0, 1))
print(pcall(debug.getlocal, 50, 1))

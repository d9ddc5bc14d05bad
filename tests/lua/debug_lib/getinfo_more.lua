-- debug.getinfo: activelines, names from the call site (global, local, upvalue, method, field,
-- "?" for computed keys), threads, negative levels, argument errors; getlocal/setlocal on the
-- levels of a suspended coroutine; the functions of its levels.
local function keys(t)
  if t == nil then return "nil" end
  local k = {}
  for key, v in pairs(t) do
    if type(v) == "function" or type(v) == "table" then v = type(v) end
    k[#k + 1] = key .. "=" .. tostring(v)
  end
  table.sort(k)
  return table.concat(k, " ")
end
local function lines(f)
  local t = debug.getinfo(f, "L").activelines
  local k = {}
  for l in pairs(t) do k[#k + 1] = l end
  table.sort(k)
  return table.concat(k, " ")
end
local function f(a)
  local x = a
  if x then
    x = x + 1
  end
  for i = 1, 2 do
    x = x + i
  end
  local function g()
    return x
  end
  return x
end
print(lines(f))
print(lines(function() end))
print(lines(function(a)
  while a do
    a = nil
  end
  repeat
    a = 1
  until a
end))
print(debug.getinfo(print, "L").activelines)
print(keys(debug.getinfo(f)))
print(keys(debug.getinfo(1, "L")) ~= "")
local t = {}
t.x = {y = function() return debug.getinfo(1, "n") end}
print(keys(t.x.y()))
local up = function() return debug.getinfo(1, "n") end
local function viaup() local r = up() return r end
print(keys(viaup()))
function globalfn() return debug.getinfo(1, "n") end
print(keys(globalfn()))
local obj = {}
function obj:m() return debug.getinfo(1, "n") end
print(keys(obj:m()))
local a = {function() return debug.getinfo(1, "n") end}
print(keys(a[1]()))
print(keys(debug.getinfo(1, "n")))
print(keys(debug.getinfo(f, "nl")))
print(keys(debug.getinfo(-1, "Sln")))
print(keys(debug.getinfo("1", "S")))
print(pcall(debug.getinfo))
print(pcall(debug.getinfo, {}))
print(pcall(debug.getinfo, 1, "q"))
local function inner(p) local q = p * 2; coroutine.yield(q) return q end
local co = coroutine.create(function(s) local x = s + 1; local r = inner(x); return x + r end)
print(coroutine.resume(co, 1))
for l = 0, 3 do print(l, keys(debug.getinfo(co, l, "nSl"))) end
print(debug.getlocal(co, 0, 1))
print(debug.getlocal(co, 1, 1), debug.getlocal(co, 1, 2))
print(debug.getlocal(co, 2, 1), debug.getlocal(co, 2, 2))
print(debug.getlocal(co, 2, 3))
print(debug.setlocal(co, 1, 2, 100), debug.setlocal(co, 2, 2, 10))
print(coroutine.resume(co))
print(pcall(debug.getlocal, co, 5, 1))
print(pcall(debug.getinfo, co, 1, "q"))
local function inner(x) coroutine.yield(x) return x end
local body = function(a) local r = inner(a) return r end
local co = coroutine.create(body)
coroutine.resume(co, 1)
print(debug.getinfo(co, 1, "f").func == inner, debug.getinfo(co, 2, "f").func == body)
print(debug.getinfo(co, 0, "f").func == coroutine.yield)
print(debug.getinfo(co, 1, "u").nups, debug.getinfo(co, 2, "u").nups)
local t = setmetatable({}, {__call = function(self, v) coroutine.yield(v) end})
local co2 = coroutine.create(function() t(5) end)
coroutine.resume(co2)
print(type(debug.getinfo(co2, 1, "f").func))

-- Locals shadowing globals and other locals: redeclaration in the same block, the
-- initialiser seeing the outer variable, nested functions capturing the right one.
x = "global"
local x = x .. "+local"
print(x, _G.x)
local x = x .. "+again"
print(x)
do
  local x = "inner"
  print(x)
end
print(x)
local function f() return x end
local x = "later"
print(f(), x)
local a, a = 1, 2
print(a)
local t = {}
for i = 1, 2 do
  local i = i * 10
  t[#t + 1] = i
end
print(t[1], t[2])
local function g(x) local x = x or "default"; return x end
print(g(), g("given"))
local y = 1
local function h()
  local y = y + 1
  return function() y = y + 1; return y end
end
local hh = h()
print(hh(), hh(), y)
print(_G.y, rawget(_G, "x"))
local print = function(...) io.write("shadowed print: ", table.concat({...}, ","), "\n") end
print(1, 2)
_G.print("real print")

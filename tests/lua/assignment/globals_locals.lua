-- Assignment to globals vs locals; local shadowing; a local declared with itself.
x = 1
local x = x + 1
print(x, _G.x)
do
  local x = x * 10
  print(x)
end
print(x)
g = "global"
local function f() g = "changed"; local g = "local"; return g end
print(f(), g)
local y = 5
local y = y + 1
print(y)
local a, a = 1, 2
print(a)
undefined_global_read = nil
print(undefined_global_read, rawget(_G, "undefined_global_read"))

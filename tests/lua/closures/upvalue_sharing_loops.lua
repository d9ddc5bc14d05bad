-- closures in loops share or copy upvalues as in 5.1
local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
print(fs[1](), fs[2](), fs[3]())
local gs = {}
local j = 0
while j < 3 do j = j + 1; local k = j; gs[j] = function() k = k + 10; return k end end
print(gs[1](), gs[1](), gs[2]())
local function counter()
  local c = 0
  return function() c = c + 1 return c end, function() return c end
end
local inc, get = counter()
inc() inc()
print(get())
local t = {}
for k, v in ipairs({"a", "b"}) do t[k] = function() return k .. v end end
print(t[1](), t[2]())
local a = 1
local function f() return a end
a = 2
print(f())

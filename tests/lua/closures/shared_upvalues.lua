-- Closures created in the same scope share upvalues, also after the scope ends.
local fs = {}
do
  local x = 1
  fs.get = function() return x end
  fs.set = function(v) x = v end
  fs.add = function(d) x = x + d; return x end
end
print(fs.get())
fs.set(10)
print(fs.get(), fs.add(5), fs.get())
local a = 1
local function f() return a end
a = 2
print(f())
local function g() a = a * 10 end
g()
print(a, f())

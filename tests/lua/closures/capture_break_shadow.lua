-- closures capturing loop locals with break, repeat-until scope, shadowing and coroutines
local fs = {}
for i = 1, 5 do
  local j = i * 10
  fs[#fs + 1] = function() j = j + 1 return i, j end
  if i == 3 then break end
end
print(#fs, fs[1](), fs[1](), fs[3]())
local acc = {}
local k = 0
repeat
  k = k + 1
  local captured = k
  acc[k] = function() return captured end
until acc[k]() >= 3
print(acc[1](), acc[2](), acc[3]())
local function outer()
  local x = 0
  local function inc() x = x + 1 return x end
  local function get() return x end
  return inc, get, function(v) x = v end
end
local inc, get, set = outer()
inc() inc() set(100) inc()
print(get())
local shared = {}
for i = 1, 3 do
  local v = i
  shared[i] = {get = function() return v end, set = function(n) v = n end}
end
shared[2].set(99)
print(shared[1].get(), shared[2].get(), shared[3].get())
local co_counter = coroutine.wrap(function()
  local n = 0
  local bump = function() n = n + 1 end
  while true do bump() coroutine.yield(n) end
end)
print(co_counter(), co_counter(), co_counter())
local function rec(n) if n == 0 then return function() return "base" end end local f = rec(n - 1) return function() return n .. f() end end
print(rec(5)())
local a = 1
local function sh() return a end
local a = 2
print(sh(), a)

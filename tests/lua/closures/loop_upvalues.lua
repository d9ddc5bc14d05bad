-- Closures capture a fresh local per loop iteration (numeric and generic for, while with a
-- local inside), share one upvalue between sibling closures, and keep it after the scope ends.
local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
print(fs[1](), fs[2](), fs[3]())
local gs = {}
for k, v in ipairs({"a", "b"}) do gs[k] = function() return k .. v end end
print(gs[1](), gs[2]())
local hs, n = {}, 0
while n < 3 do
  n = n + 1
  local m = n * 10
  hs[n] = function() m = m + 1; return m end
end
print(hs[1](), hs[1](), hs[2](), hs[3]())
local function pair()
  local x = 0
  return function() x = x + 1; return x end, function() return x end
end
local inc, get = pair()
inc(); inc()
print(get())
local inc2, get2 = pair()
print(inc2(), get(), get2())
local shared
do
  local v = "before"
  shared = function() return v end
  v = "after"
end
print(shared())
local rec
local function fact(k) if k <= 1 then return 1 end return k * fact(k - 1) end
rec = fact
print(rec(10))
local t = {}
for i = 1, 2 do
  local j = i
  t[i] = function(d) j = j + d; return j end
end
print(t[1](5), t[2](5), t[1](1))

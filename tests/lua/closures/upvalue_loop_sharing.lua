-- Closures capture fresh locals per loop iteration (numeric and generic for, while with
-- a local inside), share upvalues with siblings, and keep them after the block ends.
local fs = {}
for i = 1, 3 do fs[#fs + 1] = function() return i end end
for k, v in ipairs({"a", "b"}) do fs[#fs + 1] = function() return k .. v end end
local j = 0
while j < 3 do
  j = j + 1
  local captured = j * 10
  fs[#fs + 1] = function() captured = captured + 1; return captured end
end
for _, f in ipairs(fs) do io.write(tostring(f()), " ") end print()
for _, f in ipairs(fs) do io.write(tostring(f()), " ") end print()
local get, set
do
  local shared = "init"
  get = function() return shared end
  set = function(v) shared = v end
end
set("changed")
print(get())
local function counter()
  local n = 0
  return function() n = n + 1; return n end, function() return n end
end
local inc, peek = counter()
inc(); inc()
local inc2, peek2 = counter()
inc2()
print(peek(), peek2())
local acc = {}
for i = 1, 3 do
  local x = i
  acc[i] = function() x = x * 2; return x end
  if i == 2 then x = 100 end
end
print(acc[1](), acc[2](), acc[3](), acc[2]())
local rfs = {}
local r = 0
repeat
  local v = r
  rfs[#rfs + 1] = function() return v end
  r = r + 1
until v >= 2
print(rfs[1](), rfs[2](), rfs[3]())

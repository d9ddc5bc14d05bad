-- Counter closures: each call to the factory gets its own upvalue.
local function counter(start)
  local n = start or 0
  return function() n = n + 1; return n end
end
local c1, c2 = counter(), counter(10)
print(c1(), c1(), c2(), c1(), c2())
local function pair()
  local v = 0
  return function() v = v + 1 end, function() return v end
end
local inc, get = pair()
inc(); inc(); inc()
print(get())
local inc2, get2 = pair()
inc2()
print(get(), get2())

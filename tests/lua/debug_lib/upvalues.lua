-- debug.getupvalue/setupvalue: names in order of first use, values, indices out of range,
-- C functions (unnamed upvalues), shared upvalues between closures.
local a, b, c = 1, "two", {}
local function f() return a, b end
local function g() b = b .. "!" return c, a end
for i = 0, 3 do print(i, debug.getupvalue(f, i)) end
for i = 1, 3 do local n, v = debug.getupvalue(g, i) print(i, n, type(v)) end
print(debug.setupvalue(f, 1, 100), a)
print(debug.setupvalue(f, 2, "changed"), type((g())), select(2, g()))
print(b)
print(debug.setupvalue(f, 3, 0))
print(debug.getupvalue(print, 1))
local w = coroutine.wrap(function() end)
print(debug.getupvalue(w, 1))
print(debug.getupvalue(string.gmatch("x", "x"), 1))
print(pcall(debug.getupvalue, 1, 1))
print(pcall(debug.getupvalue, f))
print(pcall(debug.setupvalue, f, 1))
local function counter()
  local n = 0
  return function() n = n + 1 return n end, function() return n end
end
local inc, get = counter()
inc() inc()
print(debug.getupvalue(inc, 1), debug.getupvalue(get, 1))
debug.setupvalue(get, 1, 40)
print(inc(), get())

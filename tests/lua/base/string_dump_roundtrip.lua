-- string.dump keeps a function's code, parameters, varargs, line numbers and source name;
-- upvalues come back as fresh nils; truncated or foreign binary chunks are rejected.
local function show(f)
  local i = debug.getinfo(f, "S")
  return i.source, i.short_src, i.what, i.linedefined, i.lastlinedefined
end
local function va(a, ...)
  return a, select("#", ...), ...
end
local va2 = loadstring(string.dump(va))
print(va2(1, 2, 3))
print(show(va), show(va2))
local obj = {n = 5}
function obj:get(k)
  return self.n + k
end
local get2 = loadstring(string.dump(obj.get))
print(get2(obj, 10))
local function fails(x)
  local y = x .. "!"
  error("failed with " .. y)
end
print(pcall(loadstring(string.dump(fails)), "z"))
print(pcall(loadstring(string.dump(function(t) return t.x.y end)), {}))
local a, b = 1, 2
local function ups() return a + b, c end
local ups2 = loadstring(string.dump(ups))
print(debug.getupvalue(ups2, 1), debug.getupvalue(ups2, 2), debug.getupvalue(ups2, 3))
debug.setupvalue(ups2, 1, 30)
debug.setupvalue(ups2, 2, 12)
print(ups2())
local function counter()
  local n = 0
  return function() n = n + 1 return n end
end
local c2 = loadstring(string.dump(counter))()
print(c2(), c2(), c2())
local function rec(n) if n == 0 then return 0 end return n + rec(n - 1) end
print(pcall(loadstring(string.dump(rec)), 3))
local main = loadstring("local x = ... return (x or 0) * 2, debug.getinfo(1, 'S').what", "=mychunk")
local main2 = loadstring(string.dump(main))
print(main2(21))
print(show(main2))
print(loadstring(string.dump(main), "ignored")(4))
local d = string.dump(va)
print(loadstring(d:sub(1, 20)))
print(loadstring(d:sub(1, 8)))
print(loadstring(d:sub(1, 20), "=named"))
print(loadstring("\27Lux"))
local f3 = loadstring(string.dump(
  function(p,
           q)
    return p
      + q
  end))
print(f3(1, 2), pcall(f3, 1))
print(show(f3))
g_val = "global"
print(loadstring(string.dump(function() return g_val end))())
local parts, s = {}, string.dump(va)
local i = 0
print(load(function() i = i + 1; return s:sub(i * 10 - 9, i * 10) ~= "" and s:sub(i * 10 - 9, i * 10) or nil end)(7, 8))

-- pairs order of the tables debug.getinfo and os.date("*t") build (lua5.1 sets fields in a fixed
-- order into small tables; nil names and activelines still take a key), and of the registry.
local function keys(t) local k = {} for n in pairs(t) do k[#k + 1] = tostring(n) end return table.concat(k, " ") end
local function f(a)
  local x = 1
  if a then x = 2 end
  return x
end
print(keys(debug.getinfo(f)))
print(keys(debug.getinfo(1)))
print(keys(debug.getinfo(print)))
print(keys(debug.getinfo(f, "L").activelines))
print(keys(debug.getinfo(1, "nSl")))
print(keys(debug.getinfo(f, "Su")))
print(keys(debug.getinfo(1, "n")))
print(keys(debug.getinfo(1, "fLlunS")))
print(keys(debug.getinfo(print, "L")))
print(keys(debug.getinfo(print, "nf")))
local function tl() return debug.getinfo(2) end
local function tc() return tl() end
print(keys(tc()))
local function tl2() return debug.getinfo(2, "fLn") end
local function tc2() return tl2() end
print(keys(tc2()))
print(keys(os.date("!*t", 0)))
print(keys(debug.getregistry()))
print(keys(getmetatable(io.stdout)))

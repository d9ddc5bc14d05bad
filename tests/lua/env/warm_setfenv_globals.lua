-- Global accesses of a warm function follow setfenv to new environments, environments
-- with __index/__newindex, and environments replaced back and forth.
local function reader() return value end
local function writer(v) value = v end
value = "G"
local seen = {}
local envA = {value = "A"}
local envB = setmetatable({}, {__index = function(_, k) return "B:" .. k end})
for i = 1, 400 do
  if i == 100 then setfenv(reader, envA) end
  if i == 200 then setfenv(reader, envB) end
  if i == 300 then setfenv(reader, _G) end
  local v = reader()
  if seen[#seen] ~= v then seen[#seen + 1] = v end
end
print(table.concat(seen, " "))
local sink = {}
local envW = setmetatable({}, {__newindex = function(t, k, v) sink[#sink + 1] = v; rawset(t, k, v) end})
for i = 1, 300 do
  if i == 150 then setfenv(writer, envW) end
  writer(i)
end
print(value, #sink, sink[1], rawget(envW, "value"))
local function counter()
  n = (n or 0) + 1
  return n
end
local e1, e2 = {}, {}
for i = 1, 100 do
  setfenv(counter, i % 2 == 0 and e1 or e2)
  counter()
end
print(e1.n, e2.n, n)
local f = loadstring("return x")
local results = {}
for i = 1, 50 do
  setfenv(f, {x = i})
  results[#results + 1] = f()
end
print(results[1], results[25], results[50])

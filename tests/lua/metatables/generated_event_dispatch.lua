-- Generated operations on objects whose metatables hold random subsets of events (functions or
-- a prototype table), with metatables swapped and events toggled while call sites are warm.
SEED = 5
local seed = tonumber(SEED) or 5
local function rnd(n) seed = (seed * 16807) % 2147483647; return seed % n end
local events = {"__index", "__newindex", "__call", "__eq", "__lt", "__le", "__concat", "__unm", "__add", "__sub", "__mul", "__len"}
local shared = {}
for _, ev in ipairs(events) do
  shared[ev] = function(a, b, c) return ev .. "(" .. type(a) .. "," .. type(b) .. "," .. type(c) .. ")" end
end
local proto = {inherited = "proto"}
local function mkmeta()
  local mt = {}
  for _, ev in ipairs(events) do
    local c = rnd(4)
    if c == 0 then mt[ev] = shared[ev]
    elseif c == 1 and (ev == "__index" or ev == "__newindex") then mt[ev] = proto end
  end
  return mt
end
local metas = {}
for i = 1, 6 do metas[i] = mkmeta() end
local objs = {}
for i = 1, 8 do objs[i] = setmetatable({id = i}, metas[rnd(#metas) + 1]) end
local others = {1, "s", nil, true}
local function operand() if rnd(3) == 0 then return others[rnd(4) + 1] end return objs[rnd(#objs) + 1] end
local ops = {
  function(a, b) return a.missing end, function(a, b) a.newkey = 1; return rawget(a, "newkey") end,
  function(a, b) return a(1, 2) end, function(a, b) return a == b end, function(a, b) return a < b end,
  function(a, b) return a <= b end, function(a, b) return a .. b end, function(a, b) return -a end,
  function(a, b) return a + b end, function(a, b) return a - b end, function(a, b) return a * b end,
  function(a, b) return #a end, function(a, b) return a.inherited end, function(a, b) return a ~= b end,
  function(a, b) return a > b end, function(a, b) return a >= b end,
}
local out = {}
for i = 1, 1200 do
  local k = rnd(#ops) + 1
  local a, b = operand(), operand()
  local ok, r = pcall(ops[k], a, b)
  if type(r) == "string" then r = r:gsub("^.-:%d+: ", "") end
  local function d(x) return type(x) == "table" and ("obj" .. tostring(rawget(x, "id"))) or tostring(x) end
  out[#out + 1] = i .. " op" .. k .. " " .. d(a) .. " " .. d(b) .. " " .. tostring(ok) .. " " .. tostring(r)
  if rnd(50) == 0 then setmetatable(objs[rnd(#objs) + 1], metas[rnd(#metas) + 1]) end
  if rnd(80) == 0 then local m = metas[rnd(#metas) + 1]; local ev = events[rnd(#events) + 1]; m[ev] = m[ev] == nil and shared[ev] or nil end
end
print(table.concat(out, "\n"))

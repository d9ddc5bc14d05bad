-- Metatables changed after call sites are warm: __index added/removed/replaced, metatable
-- swapped, fields shadowing __index, __newindex installed later, string methods replaced.
local function get(t, k) return t[k] end
local function set(t, k, v) t[k] = v end
local t = {}
local out = {}
for i = 1, 300 do
  if i == 100 then setmetatable(t, {__index = function(_, k) return "idx:" .. k end}) end
  if i == 150 then getmetatable(t).__index = {x = "tbl"} end
  if i == 200 then rawset(t, "x", "raw") end
  if i == 250 then t.x = nil; setmetatable(t, nil) end
  local v = get(t, "x")
  if out[#out] ~= tostring(v) then out[#out + 1] = tostring(v) end
end
print(table.concat(out, " | "))
local log = {}
local u = {}
for i = 1, 300 do
  if i == 120 then setmetatable(u, {__newindex = function(tt, k, v) log[#log + 1] = k .. "=" .. v end}) end
  if i == 240 then getmetatable(u).__newindex = nil end
  set(u, "k" .. (i % 3), i)
end
print(#log, log[1], log[#log], u.k0, u.k1, u.k2)
local s = "abc"
local lens = {}
for i = 1, 200 do
  if i == 100 then string.len = function() return -1 end end
  lens[s:len()] = (lens[s:len()] or 0) + 1
end
string.len = nil
print(lens[3], lens[-1], pcall(function() return s:len() end))
local smt = getmetatable("")
local saved = smt.__index
for i = 1, 200 do
  if i == 150 then smt.__index = function(str, k) return k end end
  if i == 150 then print(pcall(function() return s:upper() end), ("q").foo) end
end
smt.__index = saved
print(s:upper())
local class = {}
class.__index = class
function class.name() return "class" end
local obj = setmetatable({}, class)
local names = {}
for i = 1, 300 do
  if i == 100 then function class.name() return "changed" end end
  if i == 200 then obj.name = function() return "own" end end
  names[obj.name()] = (names[obj.name()] or 0) + 1
end
print(names.class, names.changed, names.own)

-- Tables made by the same constructor with constant string keys: changing the keys of one
-- (new keys, collisions that move keys, nil fields, a rehash, a weak mode) leaves the others as
-- they were, and traversal order stays lua5.1's.
local function make(i)
  return {x = i, y = i * 2, name = "n" .. i}
end
local function dump(t)
  local parts = {}
  for k, v in pairs(t) do parts[#parts + 1] = tostring(k) .. "=" .. tostring(v) end
  return table.concat(parts, " ")
end
local ts = {}
for i = 1, 6 do ts[i] = make(i) end
ts[1].z = 10
ts[2].x = nil
ts[2].x = 20
ts[3].name = nil
ts[3].w = 30
ts[3].name = "again"
for k = 1, 20 do ts[4]["k" .. k] = k end
for k = 1, 20 do ts[4]["k" .. k] = nil end
ts[5][1], ts[5][2], ts[5][3] = "a", "b", "c"
setmetatable(ts[6], {__mode = "v"})
ts[6].t = {}
collectgarbage()
collectgarbage()
for i = 1, 6 do print(i, dump(ts[i])) end
local fresh = make(7)
print(dump(fresh), next(fresh))
local k, v = next(fresh)
print(next(fresh, k))
-- a field assigned nil keeps its node: traversal goes on after it
local t = make(8)
for key in pairs(t) do t[key] = nil end
print(dump(t), next(t))
t.x, t.y, t.name, t.extra = 1, 2, 3, 4
print(dump(t))

-- Numbers stored as values of hash keys: fields, globals, collisions, rehashes, traversal,
-- weak tables, values that change kind, numbers as fields of constructor tables.

local function dump(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  local out = {}
  for _, k in ipairs(keys) do out[#out + 1] = tostring(k) .. "=" .. tostring(t[k]) end
  return table.concat(out, " ")
end

-- fields updated in a loop (the n-body shape)
local bodies = {}
for i = 1, 5 do
  bodies[i] = {x = i, y = -i, vx = 0.5 * i, vy = "s" .. i, mass = i * 1.25}
end
for step = 1, 200 do
  for i = 1, #bodies do
    local b = bodies[i]
    b.x = b.x + b.vx * 0.01
    b.y = b.y - b.mass * 0.001
    b.vx = b.vx * 0.999
  end
end
for i = 1, #bodies do
  local b = bodies[i]
  print(i, string.format("%.10f %.10f %.10f", b.x, b.y, b.vx), b.vy, b.mass)
end

-- a field that changes kind: number, string, table, nil, boolean, number again
local o = {v = 1}
local kinds = {}
for i = 1, 12 do
  local m = i % 6
  if m == 0 then o.v = i
  elseif m == 1 then o.v = "str" .. i
  elseif m == 2 then o.v = {i}
  elseif m == 3 then o.v = nil
  elseif m == 4 then o.v = i % 2 == 0
  else o.v = i + 0.5 end
  local v = o.v
  kinds[#kinds + 1] = type(v) .. ":" .. (type(v) == "table" and tostring(v[1]) or tostring(v))
end
print(table.concat(kinds, " "))

-- numbers under keys of every kind, through rehashes as the table grows
local t = {}
local f = function() end
local keys = {"a", "b", 2.5, -1, true, false, f, 1e100, "c", 0.1, -0.5, "d"}
for i, k in ipairs(keys) do
  t[k] = i * 1.5
end
local sum = 0
for k, v in pairs(t) do sum = sum + v end
print("sum", sum, t.a, t[2.5], t[-1], t[true], t[false], t[f], t[1e100], t[0.1])
for i = 1, 200 do t["k" .. i] = i end
for i = 1, 200, 7 do t["k" .. i] = nil end
local n, s = 0, 0
for k, v in pairs(t) do n = n + 1; s = s + v end
print("after growth", n, s, t.a, t.k2, t.k8, t.k200)

-- next and pairs give the values back unchanged, nil removes them
local m = {p = 3, q = 4.25, r = "x", s = -0.0, u = 1 / 0, w = -1 / 0}
print(dump(m))
m.p, m.q = nil, nil
print(dump(m), next({z = 7}))
print(1 / m.s, m.u, m.w, m.u == math.huge)
local nan = {v = 0 / 0}
print(nan.v ~= nan.v)

-- colliding keys moving between nodes keep their numbers
local c = {}
for i = 1, 64 do c["key" .. i] = i * 0.25 end
for i = 1, 64, 3 do c["key" .. i] = nil end
for i = 65, 90 do c["key" .. i] = -i end
local total = 0
for i = 1, 90 do total = total + (c["key" .. i] or 0) end
print("collisions", total)

-- integer keys in the hash part that move to the array part on rehash
local h = {}
for i = 10, 1, -1 do h[i * 1.0] = i / 4 end
h.name = 1
for i = 11, 40 do h[i] = i / 4 end
local hs = 0
for i = 1, 40 do hs = hs + h[i] end
print("to array", #h, hs, h.name)

-- globals holding numbers
counter = 0
for i = 1, 1000 do counter = counter + 0.5 end
print("global", counter)
counter = "text"
print(counter)

-- rawget/rawset, table library and string keys made at run time
local r = {}
rawset(r, "a" .. "b", 9.75)
print(rawget(r, "ab"), r.ab, r["a" .. "b"])
local list = {n = 3, 1, 2, 3}
print(select("#", unpack(list)), list.n, table.maxn({[2.5] = 1, [7] = 2, x = 8}))

-- weak tables: numbers are never collected
local weak = setmetatable({}, {__mode = "v"})
weak.a = 1.5
weak.b = {}
weak[{}] = 2
collectgarbage()
collectgarbage()
print(weak.a, weak.b)
local wk = setmetatable({}, {__mode = "k"})
wk.x = 5
wk[{}] = 6
collectgarbage()
local cnt = 0
for k, v in pairs(wk) do cnt = cnt + 1 end
print("weak keys", cnt, wk.x)

-- __index and __newindex with number values
local proto = {speed = 3.5}
local obj = setmetatable({}, {__index = proto})
print(obj.speed)
obj.speed = obj.speed * 2
print(obj.speed, proto.speed)
local log = {}
local guarded = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k .. "=" .. v; rawset(t, k, v) end})
guarded.a = 1
guarded.a = 2
guarded.b = 3.5
print(table.concat(log, " "), guarded.a, guarded.b)

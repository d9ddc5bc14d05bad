-- old shootout hash1/hash2 shape: keys made with %x and string prefixes,
-- counting hits, merging tables; pairs order of the resulting tables printed.
local n = 3000
local t = {}
for i = 1, n do t[string.format("%x", i)] = i end
local hits = 0
for i = n, 1, -1 do
  if t[tostring(i)] then hits = hits + 1 end
end
print("hash1 hits", hits)

local h1 = {}
for i = 0, 999 do h1["foo_" .. i] = i end
local h2 = {}
for _ = 1, 10 do
  for k, v in pairs(h1) do
    h2[k] = (h2[k] or 0) + v
  end
end
print(h1.foo_1, h1.foo_999, h2.foo_1, h2.foo_999)

-- pairs order of small mixed tables, as built by these programs
local small = {}
for i = 1, 12 do small[string.format("%x", i * 37)] = i end
local order = {}
for k, v in pairs(small) do order[#order + 1] = k .. "=" .. v end
print(table.concat(order, " "))

local mixed = { 10, 20, 30, x = 1, y = 2, [3.5] = "f", [-1] = "m", [100] = "h", [true] = "b" }
mixed[4] = 40
mixed.z = 3
mixed[2] = nil
order = {}
for k, v in pairs(mixed) do order[#order + 1] = tostring(k) .. "=" .. tostring(v) end
print(table.concat(order, " "))

-- first 20 keys of the large table in pairs order, and a removal pass
local count, first = 0, {}
for k in pairs(t) do
  count = count + 1
  if count <= 20 then first[#first + 1] = k end
end
print(count, table.concat(first, ","))
for k, v in pairs(t) do
  if v % 3 ~= 0 then t[k] = nil end
end
count, first = 0, {}
for k in pairs(t) do
  count = count + 1
  if count <= 20 then first[#first + 1] = k end
end
print(count, table.concat(first, ","))
-- re-insert after removals reuses free slots
for i = 1, 30 do t["new" .. i] = i end
first = {}
for k in pairs(t) do
  if #first < 20 then first[#first + 1] = k end
end
print(table.concat(first, ","))
print(next({}), next({ 1 }), type(next(t)))

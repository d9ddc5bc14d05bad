-- Assigning nil to fields during a pairs traversal (allowed in 5.1) keeps next working and
-- the order unchanged; freed nodes are reused by later keys; table.insert/remove shapes.
local function show(name, t)
  local ks = {}
  for k, v in pairs(t) do ks[#ks + 1] = tostring(k) .. "=" .. tostring(v) end
  print(name, #t, table.concat(ks, " "))
end

local t = {}
for i = 1, 12 do t["f" .. i] = i; t[i] = i end
local seen = {}
for k, v in pairs(t) do
  seen[#seen + 1] = tostring(k)
  if type(v) == "number" and v % 2 == 0 then t[k] = nil end
end
print("visited", table.concat(seen, " "))
show("after", t)
for k in pairs(t) do t[k] = nil end
show("cleared", t)
t.new1 = 1; t.new2 = 2; t[1] = 1
show("reused", t)

t = {}
for i = 1, 10 do t[i] = i end
for k, v in pairs(t) do
  if k % 3 == 0 then t[k] = nil else t[k] = v * 10 end
end
show("arraymod", t)

t = {}
for i = 1, 7 do table.insert(t, i) end
show("insert", t)
table.insert(t, 1, 0)
show("insertfront", t)
table.insert(t, 20, "far")
show("insertfar", t)
print(table.remove(t), table.remove(t, 1))
show("removed", t)
while #t > 0 do table.remove(t) end
show("empty", t)

t = {}
for i = 1, 300 do t[i] = i end
for i = 300, 1, -1 do if i % 7 ~= 0 then t[i] = nil end end
show("sparse300", t)
t[301] = 301
show("sparse301", t)
local n = 0
for k in pairs(t) do n = n + 1 end
print("count", n)

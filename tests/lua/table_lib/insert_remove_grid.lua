-- table.insert/remove at every position of short arrays, out-of-range positions
-- (5.1 accepts them), fractional positions, wrong argument counts, and the returned values.
local function show(t, n)
  local parts = {}
  for i = 0, (n or 6) do parts[#parts + 1] = tostring(t[i]) end
  return table.concat(parts, " ")
end
for pos = -1, 5 do
  local t = {"a", "b", "c"}
  local ok, err = pcall(table.insert, t, pos, "X")
  print("insert", pos, ok, err, show(t), #t)
end
for pos = -1, 5 do
  local t = {"a", "b", "c"}
  local ok, r = pcall(table.remove, t, pos)
  print("remove", pos, ok, r, show(t), #t)
end
local e = {}
print(table.remove(e), #e, table.remove(e, 1), table.remove(e, 0))
local t = {1, 2, 3}
table.insert(t, 2.5, "f")
print(show(t))
print(pcall(table.insert, t))
print(pcall(table.insert, t, 1, 2, 3))
print(pcall(table.insert, nil, 1))
print(pcall(table.insert, t, "x", 1))
print(pcall(table.remove, nil))
print(pcall(table.remove, t, "x"))
local h = {1, 2, nil, 4}
print(#h, table.remove(h), #h)
local g = {n = 5}
table.insert(g, "v")
print(g[1], g.n, #g)
print(select("#", table.remove({})), select("#", table.insert({}, 1)))

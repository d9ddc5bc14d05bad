-- table.remove: from the end, the front and the middle, positions outside
-- 1..#t, float and string positions, and argument errors.
local function show(t) local o = {} for i = 1, #t do o[#o + 1] = tostring(t[i]) end return "[" .. table.concat(o, ",") .. "]" end
for pos = 1, 4 do
  local t = {"a", "b", "c", "d"}
  local r = table.remove(t, pos)
  print(pos, r, show(t))
end
local t = {1, 2, 3}
print(table.remove(t), show(t))
print(table.remove(t), show(t))
print(table.remove(t), show(t))
print(table.remove(t), show(t), select("#", table.remove(t)))
local e = {1, 2, 3}
print(select("#", table.remove(e, 0)), select("#", table.remove(e, 5)), select("#", table.remove(e, -1)), show(e))
print(table.remove(e, 4), show(e))
local f = {"a", "b", "c"}
print(table.remove(f, 1.5), show(f))
print(table.remove(f, "2"), show(f))
print(pcall(table.remove))
print(pcall(table.remove, nil))
print(pcall(table.remove, "s"))
print(pcall(table.remove, {}, "x"))
print(pcall(table.remove, {}, {}))
local g = {[0] = "zero"}
print(select("#", table.remove(g)), g[0])
local h = {n = "keep", "x"}
print(table.remove(h), h.n, #h)
local q = {}
for i = 1, 10 do q[i] = i end
local sum = 0
while #q > 0 do sum = sum + table.remove(q, 1) end
print(sum)

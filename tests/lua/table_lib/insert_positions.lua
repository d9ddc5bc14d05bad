-- table.insert: appending, inserting at every position of a small array,
-- positions beyond the end, zero and negative positions, float and string
-- positions, and the wrong-number-of-arguments error.
local function show(t, n) local o = {} for i = 1, n do o[#o + 1] = tostring(t[i]) end return table.concat(o, ",") end
for pos = 1, 4 do
  local t = {"a", "b", "c"}
  table.insert(t, pos, "X")
  print(pos, show(t, 5), #t)
end
local t = {}
for i = 1, 5 do table.insert(t, i * i) end
print(show(t, 5))
local u = {"a"}
table.insert(u, 5, "far")
print(show(u, 6), u[5])
local z = {"a", "b"}
table.insert(z, 0, "zero")
print(z[0], show(z, 3))
local n = {"a", "b"}
table.insert(n, -1, "neg")
print(n[-1], show(n, 3))
local f = {"a", "b", "c"}
table.insert(f, 2.7, "F")
print(show(f, 4))
local s = {"a", "b"}
table.insert(s, "1", "S")
print(show(s, 3))
print(pcall(table.insert))
print(pcall(table.insert, {}))
print(pcall(table.insert, {}, 1, 2, 3))
print(pcall(table.insert, {}, 1, 2, 3, 4))
print(pcall(table.insert, nil, 1))
print(pcall(table.insert, "s", 1))
print(pcall(table.insert, {}, "x", 1))
print(pcall(table.insert, {}, {}, 1))
print(pcall(table.insert, {}, nil, 1))
local h = {1, 2, nil, 4}
table.insert(h, "end")
print(#h == 5 or #h == 3, h[5] or h[3])
local w = {}
table.insert(w, nil)
print(#w, next(w))
table.insert(w, 1, nil)
print(#w, next(w))
print(pcall(function() table.insert({}, 1, 2, 3) end))
print(select("#", table.insert({}, 1)))

-- # and table.getn on tables built deterministically: constructors with nil items,
-- trailing nils, arrays shrunk by assigning nil at the end, and maxn.
local cases = {
  {1, 2, 3}, {1, 2, nil}, {nil, nil, 3}, {1, nil, 3}, {nil}, {}, {n = 1}, {1, 2, 3, nil, 5},
  {nil, 2}, {1, nil}, {[1] = 1, [2] = 2, [4] = 4},
}
for i, t in ipairs(cases) do
  print(i, #t, table.getn(t), table.maxn(t))
end
local t = {}
for i = 1, 10 do t[i] = i end
t[10] = nil
print(#t)
t[9] = nil; t[8] = nil
print(#t, table.maxn(t))
local u = {1, 2, 3}
u[5] = 5
print(#u, table.maxn(u))
local v = {}
v[1] = 1; v[2] = 2; v[3] = 3; v[4] = 4
v[2] = nil
print(#v)
print(table.maxn({[1.5] = 1, [-3] = 2}), table.maxn({a = 1}), table.maxn({[1e10] = 1}))
print(pcall(table.getn, "x"), pcall(table.maxn, nil))

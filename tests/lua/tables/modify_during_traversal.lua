-- Assigning nil to existing fields during next() traversal is allowed.
local t = {}
for i = 1, 20 do t[i] = i; t["k" .. i] = i end
local visited = 0
for k, v in pairs(t) do
  visited = visited + 1
  t[k] = nil
end
print(visited, next(t))
local u = {a = 1, b = 2, c = 3}
for k in pairs(u) do u[k] = 0 end
print(u.a, u.b, u.c)

-- Nested tables, references shared between tables, self references.
local a = {}
local b = {a, a}
a.x = 1
print(b[1].x, b[2].x, b[1] == b[2])
local self = {}
self.me = self
print(self.me.me.me == self)
local grid = {}
for i = 1, 3 do
  grid[i] = {}
  for j = 1, 3 do grid[i][j] = i * j end
end
for i = 1, 3 do print(table.concat(grid[i], " ")) end
local deep = {}
local cur = deep
for i = 1, 100 do cur.next = {v = i}; cur = cur.next end
local sum, node = 0, deep.next
while node do sum = sum + node.v; node = node.next end
print(sum)
print(({{{42}}})[1][1][1])

-- Dijkstra's shortest paths with a binary min-heap of {dist, node} pairs and
-- lazy deletion, on a generated grid graph with weighted and one-way edges;
-- prints distances, a reconstructed path and heap statistics.
local Heap = {}
Heap.__index = Heap
function Heap.new() return setmetatable({ n = 0, pushes = 0 }, Heap) end
function Heap:push(d, v)
  local n = self.n + 1
  self.n = n
  self.pushes = self.pushes + 1
  self[n] = { d, v }
  while n > 1 do
    local p = math.floor(n / 2)
    if self[p][1] <= self[n][1] then break end
    self[p], self[n] = self[n], self[p]
    n = p
  end
end
function Heap:pop()
  local n = self.n
  if n == 0 then return nil end
  local top = self[1]
  self[1] = self[n]
  self[n] = nil
  n = n - 1
  self.n = n
  local i = 1
  while true do
    local l, r, m = 2 * i, 2 * i + 1, i
    if l <= n and self[l][1] < self[m][1] then m = l end
    if r <= n and self[r][1] < self[m][1] then m = r end
    if m == i then break end
    self[i], self[m] = self[m], self[i]
    i = m
  end
  return top[1], top[2]
end

local W, H = 40, 30
local function id(x, y) return y * W + x + 1 end
local adj = {}
local edges = 0
for y = 0, H - 1 do
  for x = 0, W - 1 do
    local list = {}
    local v = id(x, y)
    local function add(nx, ny, w)
      if nx >= 0 and nx < W and ny >= 0 and ny < H then
        list[#list + 1] = { id(nx, ny), w }
        edges = edges + 1
      end
    end
    add(x + 1, y, 1 + (x * 7 + y * 3) % 9)
    add(x - 1, y, 1 + (x * 5 + y * 11) % 9)
    add(x, y + 1, 1 + (x * 13 + y) % 7)
    if (x + y) % 3 ~= 0 then add(x, y - 1, 2 + (x + 2 * y) % 5) end
    if x % 10 == 0 and y % 10 == 0 then add(x + 9, y + 9, 4) end
    adj[v] = list
  end
end
print("nodes", W * H, "edges", edges)

local function dijkstra(src)
  local dist, prev = { [src] = 0 }, {}
  local heap = Heap.new()
  heap:push(0, src)
  local pops, stale = 0, 0
  while true do
    local d, v = heap:pop()
    if not d then break end
    pops = pops + 1
    if d > dist[v] then
      stale = stale + 1
    else
      for _, e in ipairs(adj[v]) do
        local u, nd = e[1], d + e[2]
        if not dist[u] or nd < dist[u] then
          dist[u], prev[u] = nd, v
          heap:push(nd, u)
        end
      end
    end
  end
  return dist, prev, heap.pushes, pops, stale
end

local dist, prev, pushes, pops, stale = dijkstra(id(0, 0))
print("pushes", pushes, "pops", pops, "stale", stale)
local far, farv, total, reach = -1, nil, 0, 0
for v = 1, W * H do
  if dist[v] then
    reach = reach + 1
    total = total + dist[v]
    if dist[v] > far then far, farv = dist[v], v end
  end
end
print("reachable", reach, "sum", total, "farthest", farv, far)
local path, v = {}, id(W - 1, H - 1)
while v do
  table.insert(path, 1, v)
  v = prev[v]
end
print("path length", #path, "cost", dist[id(W - 1, H - 1)])
local shown = {}
for i = 1, math.min(12, #path) do
  local p = path[i] - 1
  shown[i] = "(" .. p % W .. "," .. math.floor(p / W) .. ")"
end
print(table.concat(shown, " "))
for y = 0, 4 do
  local row = {}
  for x = 0, 9 do row[#row + 1] = string.format("%3d", dist[id(x, y)]) end
  print(table.concat(row))
end
-- from a middle node: the sum of all distances
local d2 = dijkstra(id(20, 15))
local s = 0
for i = 1, W * H do s = s + (d2[i] or 0) end
print("middle sum", s)

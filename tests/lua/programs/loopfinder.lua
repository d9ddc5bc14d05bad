-- Havlak-like loop recognition: build a control-flow graph from diamonds and
-- nested loops, number it by depth-first search, compute dominators
-- iteratively, find natural loops from back edges and their nesting.
local Graph = {}
Graph.__index = Graph

local function newgraph()
  return setmetatable({ succ = {}, pred = {}, count = 0, edges = 0 }, Graph)
end

function Graph:node()
  self.count = self.count + 1
  local n = self.count
  self.succ[n], self.pred[n] = {}, {}
  return n
end

function Graph:edge(a, b)
  table.insert(self.succ[a], b)
  table.insert(self.pred[b], a)
  self.edges = self.edges + 1
end

-- a -> {b, c} -> d ; returns d
function Graph:diamond(a)
  local b, c, d = self:node(), self:node(), self:node()
  self:edge(a, b); self:edge(a, c); self:edge(b, d); self:edge(c, d)
  return d
end

function Graph:straight(a, n)
  for _ = 1, n do
    local b = self:node()
    self:edge(a, b)
    a = b
  end
  return a
end

-- header with a body of diamonds and a back edge
function Graph:loop(from, body, depth)
  local header = self:node()
  self:edge(from, header)
  local cur = header
  for _ = 1, body do cur = self:diamond(cur) end
  if depth > 0 then cur = self:loop(cur, body, depth - 1) end
  cur = self:straight(cur, 1)
  self:edge(cur, header)
  local exit = self:node()
  self:edge(cur, exit)
  return exit
end

local g = newgraph()
local entry = g:node()
local cur = g:straight(entry, 2)
for i = 1, 6 do
  cur = g:loop(cur, i % 3 + 1, i % 4)
  cur = g:diamond(cur)
end
-- an irreducible pair: two entries into a cycle
local x, y = g:node(), g:node()
g:edge(cur, x); g:edge(cur, y); g:edge(x, y); g:edge(y, x)
local last = g:node()
g:edge(y, last)
print("nodes", g.count, "edges", g.edges)

-- depth-first preorder and reverse postorder
local pre, rpo, order = {}, {}, {}
local counter = 0
local post = {}
local function dfs(n)
  counter = counter + 1
  pre[n] = counter
  for _, s in ipairs(g.succ[n]) do
    if not pre[s] then dfs(s) end
  end
  post[#post + 1] = n
end
dfs(entry)
for i = #post, 1, -1 do
  order[#order + 1] = post[i]
  rpo[post[i]] = #order
end

-- dominators (iterative, intersecting along the dominator tree)
local idom = { [entry] = entry }
local function intersect(a, b)
  while a ~= b do
    while rpo[a] > rpo[b] do a = idom[a] end
    while rpo[b] > rpo[a] do b = idom[b] end
  end
  return a
end
local changed, rounds = true, 0
while changed do
  changed = false
  rounds = rounds + 1
  for i = 2, #order do
    local n = order[i]
    local new
    for _, p in ipairs(g.pred[n]) do
      if idom[p] then new = new and intersect(p, new) or p end
    end
    if idom[n] ~= new then idom[n] = new; changed = true end
  end
end
print("dominator rounds", rounds)

local function dominates(a, b)
  while true do
    if a == b then return true end
    if b == entry then return false end
    b = idom[b]
  end
end

-- back edges and natural loops
local loops = {}
local retreating = 0
for _, n in ipairs(order) do
  for _, s in ipairs(g.succ[n]) do
    if rpo[s] <= rpo[n] then
      retreating = retreating + 1
      if dominates(s, n) then
        local body, stack = { [s] = true }, { n }
        local size = 1
        while #stack > 0 do
          local m = table.remove(stack)
          if not body[m] then
            body[m] = true
            size = size + 1
            for _, p in ipairs(g.pred[m]) do stack[#stack + 1] = p end
          end
        end
        loops[#loops + 1] = { header = s, body = body, size = size }
      end
    end
  end
end
print("retreating edges", retreating, "natural loops", #loops)

-- nesting: a loop's parent is the smallest other loop containing its header
table.sort(loops, function(a, b) return a.size > b.size end)
for i, l in ipairs(loops) do
  local depth = 0
  for j = 1, i - 1 do
    if loops[j].body[l.header] and loops[j].header ~= l.header then depth = depth + 1 end
  end
  l.depth = depth
  io.write(string.format("loop header=%3d size=%3d depth=%d\n", l.header, l.size, depth))
end

-- repeat the analysis many times over a larger graph for volume
local big = newgraph()
local c = big:straight(big:node(), 1)
for i = 1, 60 do c = big:loop(c, 2, i % 3) end
local total = 0
for _ = 1, 20 do
  local seen, n = {}, 0
  local stack = { 1 }
  while #stack > 0 do
    local v = stack[#stack]; stack[#stack] = nil
    if not seen[v] then
      seen[v] = true; n = n + 1
      for _, s in ipairs(big.succ[v]) do stack[#stack + 1] = s end
    end
  end
  total = total + n
end
print("big", big.count, big.edges, total)

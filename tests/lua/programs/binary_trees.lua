-- binary-trees shape: allocate complete trees as nested tables, count their nodes
-- by recursion, keep one long-lived tree; small depth.
local function make(depth)
  if depth == 0 then return {} end
  depth = depth - 1
  return { make(depth), make(depth) }
end

local function check(t)
  if t[1] then
    return 1 + check(t[1]) + check(t[2])
  end
  return 1
end

local mindepth, maxdepth = 4, 10
local stretch = maxdepth + 1
io.write("stretch tree of depth ", stretch, "\t check: ", check(make(stretch)), "\n")

local longlived = make(maxdepth)
for d = mindepth, maxdepth, 2 do
  local iters = 2 ^ (maxdepth - d + mindepth)
  local sum = 0
  for _ = 1, iters do
    sum = sum + check(make(d))
  end
  io.write(string.format("%d\t trees of depth %d\t check: %d\n", iters, d, sum))
end
io.write("long lived tree of depth ", maxdepth, "\t check: ", check(longlived), "\n")
print(iters, 2 ^ 10, 2 ^ 0.5, maxdepth / 3)

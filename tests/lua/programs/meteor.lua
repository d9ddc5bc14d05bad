-- meteor-contest shape: all orientations of pentominoes (rotations, mirror
-- images, deduplicated by a string key), then a backtracking search that
-- fills the first empty cell; counts solutions, prints the smallest and largest.
local shapes = {
  F = { { 1, 0 }, { 2, 0 }, { 0, 1 }, { 1, 1 }, { 1, 2 } },
  I = { { 0, 0 }, { 0, 1 }, { 0, 2 }, { 0, 3 }, { 0, 4 } },
  L = { { 0, 0 }, { 0, 1 }, { 0, 2 }, { 0, 3 }, { 1, 3 } },
  N = { { 1, 0 }, { 1, 1 }, { 0, 2 }, { 1, 2 }, { 0, 3 } },
  P = { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 }, { 0, 2 } },
  T = { { 0, 0 }, { 1, 0 }, { 2, 0 }, { 1, 1 }, { 1, 2 } },
  U = { { 0, 0 }, { 2, 0 }, { 0, 1 }, { 1, 1 }, { 2, 1 } },
  V = { { 0, 0 }, { 0, 1 }, { 0, 2 }, { 1, 2 }, { 2, 2 } },
  W = { { 0, 0 }, { 0, 1 }, { 1, 1 }, { 1, 2 }, { 2, 2 } },
  X = { { 1, 0 }, { 0, 1 }, { 1, 1 }, { 2, 1 }, { 1, 2 } },
  Y = { { 1, 0 }, { 0, 1 }, { 1, 1 }, { 1, 2 }, { 1, 3 } },
  Z = { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 1, 2 }, { 2, 2 } },
}
local names = {}
for name in pairs(shapes) do names[#names + 1] = name end
table.sort(names)

local function normalize(cells)
  local minx, miny = math.huge, math.huge
  for _, c in ipairs(cells) do
    if c[1] < minx then minx = c[1] end
    if c[2] < miny then miny = c[2] end
  end
  local out = {}
  for i, c in ipairs(cells) do out[i] = { c[1] - minx, c[2] - miny } end
  table.sort(out, function(a, b)
    if a[2] ~= b[2] then return a[2] < b[2] end
    return a[1] < b[1]
  end)
  return out
end

local function key(cells)
  local parts = {}
  for i, c in ipairs(cells) do parts[i] = c[1] .. "," .. c[2] end
  return table.concat(parts, ";")
end

local orientations = {}
local total = 0
for _, name in ipairs(names) do
  local seen, list = {}, {}
  local cur = shapes[name]
  for flip = 1, 2 do
    for _ = 1, 4 do
      local rotated = {}
      for i, c in ipairs(cur) do rotated[i] = { -c[2], c[1] } end
      cur = normalize(rotated)
      local k = key(cur)
      if not seen[k] then seen[k] = true; list[#list + 1] = cur end
    end
    local mirrored = {}
    for i, c in ipairs(cur) do mirrored[i] = { -c[1], c[2] } end
    cur = normalize(mirrored)
  end
  orientations[name] = list
  total = total + #list
  io.write(name, ":", #list, " ")
end
io.write("total ", total, "\n")

local W, H = 5, 4
local board = {}
for i = 0, W * H - 1 do board[i] = false end
local used = {}
local solutions, smallest, largest = 0, nil, nil
local placed = 0

local function render()
  local rows = {}
  for y = 0, H - 1 do
    local row = {}
    for x = 0, W - 1 do row[#row + 1] = board[y * W + x] end
    rows[#rows + 1] = table.concat(row)
  end
  return table.concat(rows, "/")
end

local function solve()
  local first = nil
  for i = 0, W * H - 1 do
    if not board[i] then first = i; break end
  end
  if not first then
    solutions = solutions + 1
    local s = render()
    if not smallest or s < smallest then smallest = s end
    if not largest or s > largest then largest = s end
    return
  end
  local fx, fy = first % W, math.floor(first / W)
  for _, name in ipairs(names) do
    if not used[name] then
      for _, cells in ipairs(orientations[name]) do
        -- anchor the orientation's first cell (topmost, leftmost) on the empty cell
        local ax, ay = fx - cells[1][1], fy - cells[1][2]
        local ok = true
        for _, c in ipairs(cells) do
          local x, y = ax + c[1], ay + c[2]
          if x < 0 or x >= W or y >= H or board[y * W + x] then ok = false; break end
        end
        if ok then
          for _, c in ipairs(cells) do board[(ay + c[2]) * W + ax + c[1]] = name end
          used[name] = true
          placed = placed + 1
          solve()
          used[name] = nil
          for _, c in ipairs(cells) do board[(ay + c[2]) * W + ax + c[1]] = false end
        end
      end
    end
  end
end

solve()
print(solutions .. " solutions", placed)
print(smallest)
print(largest)
W, H = 5, 3
for i = 0, W * H - 1 do board[i] = false end
solutions, smallest, largest, placed = 0, nil, nil, 0
solve()
print(solutions .. " solutions", placed)
print(smallest)
print(largest)

-- life: Conway's game of life on tori held as tables of rows, two grids
-- swapped between generations. A pseudo-random soup on a 64 x 64 torus is
-- checked against its known population and hash; a glider on a 16 x 16
-- torus must come back to where it started after 64 generations.
-- Measures: two-dimensional table access, neighbour counting with modular
-- index arithmetic, nested numeric loops.
-- One iteration computes 200 generations of the soup and 64 of the glider.
local N = tonumber(arg and arg[1]) or 30

local function new_grid(size)
  local grid = {}
  for y = 1, size do
    local row = {}
    for x = 1, size do
      row[x] = 0
    end
    grid[y] = row
  end
  return grid
end

local function step(src, dst, size)
  for y = 1, size do
    local above = src[(y - 2) % size + 1]
    local row = src[y]
    local below = src[y % size + 1]
    local out = dst[y]
    for x = 1, size do
      local left = (x - 2) % size + 1
      local right = x % size + 1
      local n = above[left] + above[x] + above[right]
        + row[left] + row[right]
        + below[left] + below[x] + below[right]
      if n == 3 or (n == 2 and row[x] == 1) then
        out[x] = 1
      else
        out[x] = 0
      end
    end
  end
end

-- Runs the game; returns the final grid.
local function run(grid, size, generations)
  local other = new_grid(size)
  for _ = 1, generations do
    step(grid, other, size)
    grid, other = other, grid
  end
  return grid
end

-- Live cell count and a weighted hash of the live cells' positions.
local function census(grid, size)
  local count, hash = 0, 0
  for y = 1, size do
    local row = grid[y]
    for x = 1, size do
      if row[x] == 1 then
        count = count + 1
        hash = (hash * 7 + y * size + x) % 1000000007
      end
    end
  end
  return count, hash
end

local function soup(size)
  local grid = new_grid(size)
  local seed = 1234567
  for y = 1, size do
    local row = grid[y]
    for x = 1, size do
      seed = (seed * 16807) % 2147483647
      if seed % 3 == 0 then
        row[x] = 1
      end
    end
  end
  return grid
end

local function glider(size)
  local grid = new_grid(size)
  grid[2][3] = 1
  grid[3][4] = 1
  grid[4][2], grid[4][3], grid[4][4] = 1, 1, 1
  return grid
end

local function iteration()
  local count, hash = census(run(soup(64), 64, 200), 64)
  if count ~= 287 or hash ~= 728386374 then
    error("life: soup population " .. count .. ", hash " .. hash)
  end
  local g_count, g_hash = census(glider(16), 16)
  local h_count, h_hash = census(run(glider(16), 16, 64), 16)
  if h_count ~= 5 or g_count ~= 5 or h_hash ~= g_hash then
    error("life: the glider did not come back")
  end
  return count * 1000000007 + hash
end

---------------------------------------------------------------------------
-- Harness, the same in every benchmark: N timed iterations, each checked by
-- the benchmark itself; every iteration must give the same checksum.
local function format_checksum(c)
  if type(c) == "number" then
    if c == math.floor(c) and c > -2^53 and c < 2^53 then
      return string.format("%d", c)
    end
    return string.format("%.6f", c)
  end
  return tostring(c)
end

local checksum
for i = 1, N do
  local t0 = os.clock()
  local c = iteration()
  local t1 = os.clock()
  c = format_checksum(c)
  if checksum ~= nil and c ~= checksum then
    error("iteration " .. i .. " gave checksum " .. c .. ", expected " .. checksum)
  end
  checksum = c
  io.write(string.format("iteration %d %.6f\n", i, t1 - t0))
end
io.write("result ", checksum or "none", "\n")

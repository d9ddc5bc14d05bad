-- queens: counts all placements of n non-attacking queens on an n x n board
-- by backtracking, with arrays of booleans for the occupied columns and
-- diagonals.
-- Measures: recursion, array loads and stores of booleans, short loops with
-- conditional branches.
-- One iteration counts the solutions for n = 4 to 11.
local N = tonumber(arg and arg[1]) or 30

-- Number of ways to complete rows row..n given the occupied lines.
local function place(row, n, columns, up, down)
  if row > n then
    return 1
  end
  local count = 0
  for col = 1, n do
    local u, d = row + col, row - col + n
    if not columns[col] and not up[u] and not down[d] then
      columns[col], up[u], down[d] = true, true, true
      count = count + place(row + 1, n, columns, up, down)
      columns[col], up[u], down[d] = false, false, false
    end
  end
  return count
end

local function queens(n)
  local columns, up, down = {}, {}, {}
  for i = 1, n do
    columns[i] = false
  end
  for i = 1, 2 * n do
    up[i] = false
    down[i] = false
  end
  return place(1, n, columns, up, down)
end

local EXPECTED = {
  [4] = 2, [5] = 10, [6] = 4, [7] = 40, [8] = 92, [9] = 352, [10] = 724, [11] = 2680,
}

local function iteration()
  local total = 0
  for n = 4, 11 do
    local count = queens(n)
    if count ~= EXPECTED[n] then
      error("queens(" .. n .. ") gave " .. count)
    end
    total = total + count
  end
  return total
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

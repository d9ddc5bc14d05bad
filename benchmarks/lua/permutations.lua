-- permutations: pancake flipping over every permutation of 1..n (the shape of
-- the fannkuch-redux benchmark). Permutations are generated in rotation
-- order; for each one the prefix headed by the first element is reversed
-- until 1 comes first. Reports the largest flip count and an alternating
-- checksum of all flip counts.
-- Measures: small-array reads, writes and in-place reversal, while loops,
-- integer arithmetic.
-- One iteration runs n = 8 three times and n = 7 five times.
local N = tonumber(arg and arg[1]) or 30

-- Returns the checksum and the maximum number of flips for permutations of n.
local function fannkuch(n)
  local perm, work, count = {}, {}, {}
  for i = 1, n do
    perm[i] = i
  end
  local checksum, max_flips, index = 0, 0, 0
  local r = n
  while true do
    while r > 1 do
      count[r] = r
      r = r - 1
    end

    -- Count the flips of this permutation.
    local first = perm[1]
    if first ~= 1 then
      for i = 1, n do
        work[i] = perm[i]
      end
      local flips = 0
      repeat
        local lo, hi = 1, first
        while lo < hi do
          work[lo], work[hi] = work[hi], work[lo]
          lo = lo + 1
          hi = hi - 1
        end
        flips = flips + 1
        first = work[1]
      until first == 1
      if flips > max_flips then
        max_flips = flips
      end
      if index % 2 == 0 then
        checksum = checksum + flips
      else
        checksum = checksum - flips
      end
    end

    -- Next permutation: rotate the first r + 1 elements left, moving on to
    -- longer prefixes while their counters run out.
    while true do
      if r == n then
        return checksum, max_flips
      end
      local head = perm[1]
      for i = 1, r do
        perm[i] = perm[i + 1]
      end
      perm[r + 1] = head
      local c = count[r + 1] - 1
      count[r + 1] = c
      if c > 0 then
        break
      end
      r = r + 1
    end
    index = index + 1
  end
end

local function check(n, expected_checksum, expected_flips)
  local checksum, flips = fannkuch(n)
  if checksum ~= expected_checksum or flips ~= expected_flips then
    error("fannkuch(" .. n .. "): checksum " .. checksum .. ", max flips " .. flips)
  end
  return checksum + flips
end

local function iteration()
  local sum = 0
  for _ = 1, 3 do
    sum = sum + check(8, 1616, 22)
  end
  for _ = 1, 5 do
    sum = sum + check(7, 228, 16)
  end
  return sum
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

-- sort: sorts the same pseudo-random array of numbers with a hand-written
-- quicksort (median of three, insertion sort for short ranges), a
-- hand-written heapsort, table.sort without a comparator and table.sort with
-- a Lua comparator (descending); also table.sort on strings.
-- Measures: array reads and writes, comparisons, recursion, calls of a Lua
-- comparator from the library, string comparison.
-- One iteration sorts arrays of 40000 numbers four ways and 10000 strings.
local N = tonumber(arg and arg[1]) or 30

local SIZE = 40000
local STRINGS = 10000
local MOD = 1000000007

local seed = 4242
local function random()
  seed = (seed * 16807) % 2147483647
  return seed
end

local numbers = {}
for i = 1, SIZE do
  numbers[i] = random()
end
local words = {}
for i = 1, STRINGS do
  words[i] = string.format("w%x-%d", random(), i % 7)
end

local function copy(a)
  local b = {}
  for i = 1, #a do
    b[i] = a[i]
  end
  return b
end

local function insertion_sort(a, lo, hi)
  for i = lo + 1, hi do
    local x = a[i]
    local j = i - 1
    while j >= lo and a[j] > x do
      a[j + 1] = a[j]
      j = j - 1
    end
    a[j + 1] = x
  end
end

local function quicksort(a, lo, hi)
  while hi - lo > 12 do
    local mid = math.floor((lo + hi) / 2)
    -- Order a[lo], a[mid], a[hi]; the median becomes the pivot.
    if a[mid] < a[lo] then
      a[mid], a[lo] = a[lo], a[mid]
    end
    if a[hi] < a[lo] then
      a[hi], a[lo] = a[lo], a[hi]
    end
    if a[hi] < a[mid] then
      a[hi], a[mid] = a[mid], a[hi]
    end
    local pivot = a[mid]
    local i, j = lo, hi
    while i <= j do
      while a[i] < pivot do
        i = i + 1
      end
      while a[j] > pivot do
        j = j - 1
      end
      if i <= j then
        a[i], a[j] = a[j], a[i]
        i = i + 1
        j = j - 1
      end
    end
    -- Recurse into the smaller part, loop on the larger one.
    if j - lo < hi - i then
      quicksort(a, lo, j)
      lo = i
    else
      quicksort(a, i, hi)
      hi = j
    end
  end
  insertion_sort(a, lo, hi)
end

local function sift_down(a, root, n)
  local x = a[root]
  while true do
    local child = root * 2
    if child > n then
      break
    end
    if child < n and a[child + 1] > a[child] then
      child = child + 1
    end
    if a[child] <= x then
      break
    end
    a[root] = a[child]
    root = child
  end
  a[root] = x
end

local function heapsort(a)
  local n = #a
  for i = math.floor(n / 2), 1, -1 do
    sift_down(a, i, n)
  end
  for last = n, 2, -1 do
    a[1], a[last] = a[last], a[1]
    sift_down(a, 1, last - 1)
  end
end

local function descending(x, y)
  return x > y
end

-- Checks the order and returns a position-weighted checksum.
local function checked(a, name, reversed)
  local n = #a
  if n ~= SIZE then
    error("sort: " .. name .. " lost elements")
  end
  local sum = 0
  for i = 1, n do
    local x
    if reversed then
      x = a[n + 1 - i]
    else
      x = a[i]
    end
    if i > 1 then
      local prev = reversed and a[n + 2 - i] or a[i - 1]
      if prev > x then
        error("sort: " .. name .. " is out of order at " .. i)
      end
    end
    sum = (sum + x * i) % MOD
  end
  return sum
end

local function iteration()
  local a = copy(numbers)
  quicksort(a, 1, #a)
  local expected = checked(a, "quicksort", false)

  a = copy(numbers)
  heapsort(a)
  local sums = { checked(a, "heapsort", false) }

  a = copy(numbers)
  table.sort(a)
  sums[2] = checked(a, "table.sort", false)

  a = copy(numbers)
  table.sort(a, descending)
  sums[3] = checked(a, "table.sort with a comparator", true)

  for i = 1, #sums do
    if sums[i] ~= expected then
      error("sort: checksums differ")
    end
  end

  local w = copy(words)
  table.sort(w)
  local length = 0
  for i = 2, #w do
    if w[i - 1] >= w[i] then
      error("sort: strings out of order at " .. i)
    end
    length = length + #w[i]
  end
  return expected + length
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

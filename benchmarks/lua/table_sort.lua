-- table_sort: table.sort without a comparator on an array of 100,000
-- pseudo-random numbers (fractions in (0, 1)), as most programs call it.
-- Measures: the library's quicksort (ltablib.c's auxsort) with the default
-- `<` on numbers: array reads and writes from the library, comparisons.
-- One iteration copies the array and sorts it once.
local N = tonumber(arg and arg[1]) or 30

local SIZE = 100000
local MOD = 1000000007

local seed = 4242
local function random()
  seed = (seed * 16807) % 2147483647
  return seed / 2147483647
end

local numbers = {}
for i = 1, SIZE do
  numbers[i] = random()
end

local function iteration()
  local a = {}
  for i = 1, SIZE do
    a[i] = numbers[i]
  end
  table.sort(a)
  local sum = 0
  for i = 2, SIZE do
    if a[i - 1] > a[i] then
      error("table_sort: out of order at " .. i)
    end
  end
  for i = 1, SIZE, 97 do
    sum = (sum + math.floor(a[i] * 2147483647) * i) % MOD
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

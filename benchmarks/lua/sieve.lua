-- sieve: the sieve of Eratosthenes over a table of booleans, then a pass that
-- counts and sums the primes.
-- Measures: array stores and loads in numeric for loops with a step,
-- table allocation and growth.
-- One iteration sieves up to 1,000,000 once and up to 10,000 a hundred times.
local N = tonumber(arg and arg[1]) or 30

-- Returns the number of primes <= limit and their sum.
local function sieve(limit)
  local composite = {}
  for i = 1, limit do
    composite[i] = false
  end
  for i = 2, limit do
    if i * i > limit then
      break
    end
    if not composite[i] then
      for j = i * i, limit, i do
        composite[j] = true
      end
    end
  end
  local count, sum = 0, 0
  for i = 2, limit do
    if not composite[i] then
      count = count + 1
      sum = sum + i
    end
  end
  return count, sum
end

local function iteration()
  local total = 0
  local count, sum = sieve(1000000)
  if count ~= 78498 or sum ~= 37550402023 then
    error("sieve(1000000): " .. count .. " primes, sum " .. sum)
  end
  total = total + count
  for _ = 1, 100 do
    local count, sum = sieve(10000)
    if count ~= 1229 or sum ~= 5736396 then
      error("sieve(10000): " .. count .. " primes, sum " .. sum)
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

-- coro_generator: a generator written as a coroutine.
-- Measures: coroutine.wrap as the iterator of a generic for; every value is
-- one resume/yield round trip. One iteration draws 10M values (10M yields).
local N = tonumber(arg and arg[1]) or 30

local yield = coroutine.yield

local function range(n)
  return coroutine.wrap(function()
    for i = 1, n do
      yield(i)
    end
  end)
end

local function iteration()
  local n = 10000000
  local sum, count = 0, 0
  for v in range(n) do
    sum = sum + v
    count = count + 1
  end
  if count ~= n or sum ~= n * (n + 1) / 2 then
    error("generator gave " .. count .. " values summing to " .. sum)
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

-- coro_ring: a token passed around a ring of coroutines.
-- Measures: resume/yield switches between many live coroutines. One iteration
-- creates a ring of 1000 coroutines and passes a counter around it 1M times
-- in total (1M resume/yield hops, 1000 laps), each hop adding the
-- coroutine's number to the counter.
local N = tonumber(arg and arg[1]) or 30

local create, resume, yield = coroutine.create, coroutine.resume, coroutine.yield

local function member(id)
  return create(function(token)
    while true do
      token = yield(token + id)
    end
  end)
end

local function iteration()
  local size, hops = 1000, 1000000
  local ring = {}
  for id = 1, size do
    ring[id] = member(id)
  end
  local token = 0
  local id = 1
  for _ = 1, hops do
    local ok, v = resume(ring[id], token)
    if not ok then
      error("member " .. id .. " failed: " .. tostring(v))
    end
    token = v
    id = id % size + 1
  end
  local laps = hops / size
  if token ~= laps * size * (size + 1) / 2 then
    error("token arrived as " .. token)
  end
  return token
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

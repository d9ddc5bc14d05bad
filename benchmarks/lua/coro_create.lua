-- coro_create: many short-lived coroutines.
-- Measures: coroutine creation, a first resume with arguments, one yield, and
-- a final resume that finishes the body. One iteration creates and finishes
-- 1M coroutines (2M resumes, 1M yields).
local N = tonumber(arg and arg[1]) or 30

local create, resume, yield, status = coroutine.create, coroutine.resume, coroutine.yield, coroutine.status

local function body(a, b)
  local c = yield(a + b)
  return c * 2
end

local function iteration()
  local n = 1000000
  local sum = 0
  for i = 1, n do
    local co = create(body)
    local ok1, s = resume(co, i, 1)
    local ok2, d = resume(co, s)
    if not (ok1 and ok2) or status(co) ~= "dead" then
      error("coroutine " .. i .. " did not finish")
    end
    sum = sum + d
  end
  if sum ~= n * (n + 1) + 2 * n then
    error("coroutines gave " .. sum)
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

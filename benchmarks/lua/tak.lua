-- tak: the Takeuchi function, a deeply recursive call with three arguments.
-- Measures: calls with several arguments, nested calls as arguments,
-- comparisons. One iteration sums tak over four argument triples.
local N = tonumber(arg and arg[1]) or 30

local function tak(x, y, z)
  if y >= x then
    return z
  end
  return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
end

local function iteration()
  local sum = tak(24, 16, 8) + tak(22, 16, 8) + tak(24, 12, 6) + tak(22, 12, 6)
  if sum ~= 32 then
    error("tak sum gave " .. tostring(sum))
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

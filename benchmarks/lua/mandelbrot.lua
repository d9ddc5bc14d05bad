-- mandelbrot: the Mandelbrot set on a 400 x 400 grid over
-- [-1.5, 0.5] x [-1, 1] with at most 50 iterations per point; instead of a
-- bitmap it computes the number of points inside the set and the total
-- number of iterations spent.
-- Measures: floating-point arithmetic and comparisons in a tight loop with an
-- early exit, numeric for loops.
local N = tonumber(arg and arg[1]) or 30

local MAX_ITERATIONS = 50

-- Returns the number of points in the set and the sum of escape counts.
local function mandelbrot(size)
  local inside, steps = 0, 0
  local scale = 2.0 / size
  for y = 0, size - 1 do
    local ci = y * scale - 1.0
    for x = 0, size - 1 do
      local cr = x * scale - 1.5
      local zr, zi, zr2, zi2 = 0.0, 0.0, 0.0, 0.0
      local escaped = false
      for i = 1, MAX_ITERATIONS do
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0 then
          steps = steps + i
          escaped = true
          break
        end
      end
      if not escaped then
        inside = inside + 1
        steps = steps + MAX_ITERATIONS
      end
    end
  end
  return inside, steps
end

local SIZE = 400

local function iteration()
  local inside, steps = mandelbrot(SIZE)
  if inside ~= 63528 or steps ~= 3905042 then
    error("mandelbrot: " .. inside .. " points inside, " .. steps .. " steps")
  end
  return string.format("%d %d", inside, steps)
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

-- spectralnorm: the spectral norm of the infinite matrix
-- A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), truncated to n x n, by
-- ten steps of the power method on A^T A.
-- Measures: floating-point arithmetic in tight nested loops, array reads and
-- writes, calls of a small function in the inner loop.
-- One iteration computes the norm for n = 250.
local N = tonumber(arg and arg[1]) or 30

local sqrt = math.sqrt

-- Indices start at 0 as in the definition above.
local function a(i, j)
  local ij = i + j
  return 1.0 / (ij * (ij + 1) * 0.5 + i + 1)
end

-- out = A * v
local function times(out, v, n)
  for i = 0, n - 1 do
    local sum = 0
    for j = 0, n - 1 do
      sum = sum + a(i, j) * v[j]
    end
    out[i] = sum
  end
end

-- out = A^T * v
local function times_transposed(out, v, n)
  for i = 0, n - 1 do
    local sum = 0
    for j = 0, n - 1 do
      sum = sum + a(j, i) * v[j]
    end
    out[i] = sum
  end
end

-- out = A^T * A * v, with tmp as scratch
local function times_ata(out, v, tmp, n)
  times(tmp, v, n)
  times_transposed(out, tmp, n)
end

local function spectral_norm(n)
  local u, v, tmp = {}, {}, {}
  for i = 0, n - 1 do
    u[i] = 1
  end
  for _ = 1, 10 do
    times_ata(v, u, tmp, n)
    times_ata(u, v, tmp, n)
  end
  local vbv, vv = 0, 0
  for i = 0, n - 1 do
    local ui, vi = u[i], v[i]
    vbv = vbv + ui * vi
    vv = vv + vi * vi
  end
  return sqrt(vbv / vv)
end

local SIZE = 250

local function iteration()
  local result = string.format("%.9f", spectral_norm(SIZE))
  if result ~= "1.274223867" then
    error("spectralnorm: " .. result)
  end
  return result
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

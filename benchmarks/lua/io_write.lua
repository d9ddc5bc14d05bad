-- io_write: writes 10 MB per iteration through io.write into a temporary
-- file (os.tmpname) set as the default output: short strings, integers and
-- fractions (formatted as %.14g), several values per call and one per call.
-- Measures: io.write's argument handling, number formatting, the output
-- buffer and the file system.
-- One iteration writes 10,000,000 bytes; the default 10 write 100 MB.
local N = tonumber(arg and arg[1]) or 10

local BYTES = 10000000
local WORDS = { "alpha", "beta", "gamma", "delta", "epsilon", ";", "\t", "" }
local name = os.tmpname()

local function iteration()
  local f = assert(io.open(name, "w"))
  io.output(f)
  local write = io.write
  local written = 0
  local i = 0
  while written < BYTES do
    for _ = 1, 1000 do
      i = i + 1
      local w = WORDS[i % 8 + 1]
      write(i, " ", w, " ", i * 0.25, "\n")
      write(w)
      write(i % 1000)
      write("\n")
    end
    written = f:seek("cur")
  end
  io.output(io.stdout)
  local size = f:seek("end")
  f:close()
  return size + i
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
os.remove(name)

-- strings: builds text in several ways and reads it back: table.concat of
-- formatted records, repeated `..` concatenation, string.rep, then scans with
-- string.byte and string.sub and rebuilds with string.char and
-- string.upper/lower.
-- Measures: string allocation and interning, the library's string functions,
-- string.format with %d/%s/%5.2f/%x, tostring of integers.
-- One iteration builds about 1 MB of strings in pieces of 1 to 500,000 bytes.
local N = tonumber(arg and arg[1]) or 30

local byte, char, sub, rep, format, concat = string.byte, string.char, string.sub,
  string.rep, string.format, table.concat

local MOD = 1000000007
local NAMES = { "ada", "brian", "carla", "dmitri", "elena", "farid", "grace", "hugo" }

-- Hash of all bytes of s, continuing from h.
local function hash_bytes(h, s)
  for i = 1, #s do
    h = (h * 31 + byte(s, i)) % MOD
  end
  return h
end

-- Formatted records joined with table.concat.
local function records(count)
  local parts = {}
  for i = 1, count do
    local name = NAMES[i % #NAMES + 1]
    parts[i] = format("%d;%s;%5.2f;%x", i, name, i / 7, i * 37)
  end
  return concat(parts, "\n")
end

-- Lines built word by word with `..`.
local function lines(count)
  local out = {}
  for i = 1, count do
    local line = ""
    for j = 1, 12 do
      line = line .. NAMES[(i + j) % #NAMES + 1] .. tostring(j) .. " "
    end
    out[i] = line
  end
  return concat(out, "\n")
end

-- Splits s into fixed-size chunks with string.sub, reverses each chunk
-- through string.byte/string.char and alternates upper and lower case.
local function transform(s, size)
  local parts, n = {}, 0
  for i = 1, #s, size do
    local chunk = sub(s, i, i + size - 1)
    local bytes = {}
    local len = #chunk
    for j = 1, len do
      bytes[len + 1 - j] = byte(chunk, j)
    end
    chunk = char(unpack(bytes))
    n = n + 1
    if n % 2 == 0 then
      parts[n] = chunk:upper()
    else
      parts[n] = chunk:lower()
    end
  end
  return concat(parts)
end

local function iteration()
  local a = records(8000)
  local b = lines(3000)
  local c = rep("lunacy-", 4000) .. rep("=", 2000)
  local all = concat({ a, b, c }, "|")

  local t = transform(all, 40)
  if #t ~= #all then
    error("strings: transform changed the length")
  end
  -- Undo the reversal of the first chunks and compare (case-insensitively).
  for i = 1, 400, 40 do
    if sub(t, i, i + 39):lower():reverse() ~= sub(all, i, i + 39):lower() then
      error("strings: chunk at " .. i .. " differs")
    end
  end
  if sub(a, 1, 20) ~= "1;brian; 0.14;25\n2;c" then
    error("strings: records start with " .. sub(a, 1, 20))
  end

  local h = hash_bytes(0, all)
  h = hash_bytes(h, t)
  return h + #all
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

-- json: a JSON serializer and a recursive-descent JSON parser.
-- A generated document (records with strings, numbers, booleans, nulls,
-- nested objects and arrays) is serialized, parsed back and serialized again;
-- both texts must be equal and the parsed tree must match the original.
-- Measures: string scanning with string.byte/find/sub, escaping, buffer
-- building with table.concat, string.format, table construction, recursion.
local N = tonumber(arg and arg[1]) or 30

local byte, char, find, sub, format, concat = string.byte, string.char, string.find,
  string.sub, string.format, table.concat

-- JSON null, kept distinct from a missing value.
local NULL = {}

-- Serializer ------------------------------------------------------------------

local ESCAPES = {
  ['"'] = '\\"',
  ["\\"] = "\\\\",
  ["\b"] = "\\b",
  ["\f"] = "\\f",
  ["\n"] = "\\n",
  ["\r"] = "\\r",
  ["\t"] = "\\t",
}

local function escape_char(c)
  return ESCAPES[c] or format("\\u%04x", byte(c))
end

-- Objects are tables with string keys (written in sorted key order); arrays
-- are tables whose first element is set, or empty tables.
local function encode(value)
  local buf, n = {}, 0
  local encode_value

  local function encode_string(s)
    n = n + 1
    if find(s, '[%c"\\]') then
      buf[n] = '"' .. s:gsub('[%c"\\]', escape_char) .. '"'
    else
      buf[n] = '"' .. s .. '"'
    end
  end

  function encode_value(v)
    local t = type(v)
    if t == "string" then
      encode_string(v)
    elseif t == "number" then
      n = n + 1
      if v == math.floor(v) and v > -1e15 and v < 1e15 then
        buf[n] = format("%d", v)
      else
        buf[n] = format("%.14g", v)
      end
    elseif t == "boolean" then
      n = n + 1
      buf[n] = v and "true" or "false"
    elseif v == NULL then
      n = n + 1
      buf[n] = "null"
    elseif v[1] ~= nil or next(v) == nil then
      n = n + 1
      buf[n] = "["
      for i = 1, #v do
        if i > 1 then
          n = n + 1
          buf[n] = ","
        end
        encode_value(v[i])
      end
      n = n + 1
      buf[n] = "]"
    else
      local keys, k = {}, 0
      for key in pairs(v) do
        k = k + 1
        keys[k] = key
      end
      table.sort(keys)
      n = n + 1
      buf[n] = "{"
      for i = 1, k do
        if i > 1 then
          n = n + 1
          buf[n] = ","
        end
        encode_string(keys[i])
        n = n + 1
        buf[n] = ":"
        encode_value(v[keys[i]])
      end
      n = n + 1
      buf[n] = "}"
    end
  end

  encode_value(value)
  return concat(buf)
end

-- Parser --------------------------------------------------------------------------

local UNESCAPES = {
  [34] = '"', [92] = "\\", [47] = "/", [98] = "\b", [102] = "\f",
  [110] = "\n", [114] = "\r", [116] = "\t",
}

local function decode(text)
  local pos = 1
  local parse_value

  local function fail(what)
    error(format("json: %s at position %d", what, pos))
  end

  local function skip_space()
    pos = find(text, "[^ \t\r\n]", pos) or #text + 1
  end

  -- At the opening quote; leaves pos after the closing quote.
  local function parse_string()
    local parts, n = nil, 0
    local i = pos + 1
    while true do
      local j = find(text, '["\\]', i)
      if j == nil then
        fail("unterminated string")
      end
      if byte(text, j) == 34 then
        pos = j + 1
        if parts == nil then
          return sub(text, i, j - 1)
        end
        n = n + 1
        parts[n] = sub(text, i, j - 1)
        return concat(parts)
      end
      parts = parts or {}
      n = n + 1
      parts[n] = sub(text, i, j - 1)
      local e = byte(text, j + 1)
      if e == 117 then
        local code = tonumber(sub(text, j + 2, j + 5), 16)
        if code == nil or code > 127 then
          fail("unsupported \\u escape")
        end
        n = n + 1
        parts[n] = char(code)
        i = j + 6
      else
        local c = UNESCAPES[e]
        if c == nil then
          fail("bad escape")
        end
        n = n + 1
        parts[n] = c
        i = j + 2
      end
    end
  end

  local function parse_number()
    local s, e = find(text, "^-?%d+%.?%d*[eE]?[-+]?%d*", pos)
    if s == nil then
      fail("unexpected character")
    end
    pos = e + 1
    return tonumber(sub(text, s, e))
  end

  local function parse_literal(word, value)
    if sub(text, pos, pos + #word - 1) ~= word then
      fail("bad literal")
    end
    pos = pos + #word
    return value
  end

  local function parse_array()
    local array, n = {}, 0
    pos = pos + 1
    skip_space()
    if byte(text, pos) == 93 then
      pos = pos + 1
      return array
    end
    while true do
      n = n + 1
      array[n] = parse_value()
      skip_space()
      local c = byte(text, pos)
      pos = pos + 1
      if c == 93 then
        return array
      elseif c ~= 44 then
        fail("expected , or ]")
      end
    end
  end

  local function parse_object()
    local object = {}
    pos = pos + 1
    skip_space()
    if byte(text, pos) == 125 then
      pos = pos + 1
      return object
    end
    while true do
      skip_space()
      if byte(text, pos) ~= 34 then
        fail("expected a key")
      end
      local key = parse_string()
      skip_space()
      if byte(text, pos) ~= 58 then
        fail("expected :")
      end
      pos = pos + 1
      object[key] = parse_value()
      skip_space()
      local c = byte(text, pos)
      pos = pos + 1
      if c == 125 then
        return object
      elseif c ~= 44 then
        fail("expected , or }")
      end
    end
  end

  function parse_value()
    skip_space()
    local c = byte(text, pos)
    if c == 123 then
      return parse_object()
    elseif c == 91 then
      return parse_array()
    elseif c == 34 then
      return parse_string()
    elseif c == 116 then
      return parse_literal("true", true)
    elseif c == 102 then
      return parse_literal("false", false)
    elseif c == 110 then
      return parse_literal("null", NULL)
    end
    return parse_number()
  end

  local value = parse_value()
  skip_space()
  if pos <= #text then
    fail("trailing characters")
  end
  return value
end

-- Document ----------------------------------------------------------------------------

local seed = 20240613
local function random(n)
  seed = (seed * 16807) % 2147483647
  return seed % n
end

local WORDS = {
  "moon", "crater", "tide", "orbit", "regolith", "apogee", "perigee", "mare",
  "lunar", "eclipse", "phase", "waxing", "waning", "gibbous", "crescent", "sea",
}

local function make_text()
  local parts = {}
  for i = 1, 1 + random(5) do
    parts[i] = WORDS[1 + random(#WORDS)]
  end
  local s = concat(parts, " ")
  local r = random(10)
  if r == 0 then
    s = s .. '\n"quoted"'
  elseif r == 1 then
    s = s .. "\\path\\to\tfile"
  elseif r == 2 then
    s = s .. "\1\31 control"
  end
  return s
end

local function make_record(id)
  local tags = {}
  for i = 1, random(5) do
    tags[i] = WORDS[1 + random(#WORDS)]
  end
  local history = {}
  for i = 1, 2 + random(6) do
    history[i] = random(20000) - 10000
  end
  return {
    id = id,
    name = make_text(),
    active = random(2) == 0,
    score = random(100000) / 100,
    weight = (random(4000) - 2000) / 16,
    tags = tags,
    history = history,
    position = { x = random(1000) - 500, y = random(1000) - 500, label = make_text() },
    parent = (random(3) == 0) and NULL or id - 1,
  }
end

local RECORDS = 1500
local records = {}
for i = 1, RECORDS do
  records[i] = make_record(i)
end
local document = { version = 3, generator = "lunacy benchmarks", records = records }

-- Sums over the parts of a document that a wrong parse would change.
local function summarize(doc)
  local sum = doc.version
  local rs = doc.records
  for i = 1, #rs do
    local r = rs[i]
    sum = sum + r.id + math.floor(r.score * 100 + 0.5) + r.weight * 16 + #r.name
    if r.active then
      sum = sum + 7
    end
    if r.parent ~= NULL then
      sum = sum + r.parent
    end
    for j = 1, #r.tags do
      sum = sum + #r.tags[j]
    end
    for j = 1, #r.history do
      sum = sum + r.history[j] * j
    end
    sum = sum + r.position.x * 3 + r.position.y * 5 + #r.position.label
  end
  return sum
end

local expected_summary = summarize(document)

local function iteration()
  local text = encode(document)
  local parsed = decode(text)
  local again = encode(parsed)
  if again ~= text then
    error("json: serialization of the parsed document differs")
  end
  local summary = summarize(parsed)
  if summary ~= expected_summary or #parsed.records ~= RECORDS then
    error("json: parsed document differs: " .. summary .. " ~= " .. expected_summary)
  end
  return summary + #text
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

-- CSV and JSON round trips: a record table encoded to CSV (quoted fields) and
-- JSON (escapes, numbers via %.14g), decoded back by hand-written parsers,
-- compared field by field.
local records = {}
local words = { "alpha", "be,ta", 'gam"ma', "del\nta", "", "epsilon zeta", "\t tab" }
for i = 1, 40 do
  records[i] = {
    id = i,
    name = words[i % #words + 1] .. i,
    score = (i * 37 % 101) / 7,
    big = 2 ^ (i % 60) * (i % 2 == 0 and 1 or -1),
    ok = i % 3 == 0,
  }
end
local fields = { "id", "name", "score", "big", "ok" }

local function csvfield(v)
  v = tostring(v)
  if string.find(v, '[,"\n]') then
    return '"' .. string.gsub(v, '"', '""') .. '"'
  end
  return v
end

local function tocsv(rows)
  local out = { table.concat(fields, ",") }
  for _, r in ipairs(rows) do
    local cells = {}
    for i, f in ipairs(fields) do cells[i] = csvfield(r[f]) end
    out[#out + 1] = table.concat(cells, ",")
  end
  return table.concat(out, "\r\n") .. "\r\n"
end

local function fromcsv(text)
  local rows, row, field = {}, {}, {}
  local i, n = 1, #text
  local quoted = false
  while i <= n do
    local c = string.sub(text, i, i)
    if quoted then
      if c == '"' then
        if string.sub(text, i + 1, i + 1) == '"' then
          field[#field + 1] = '"'; i = i + 1
        else
          quoted = false
        end
      else
        field[#field + 1] = c
      end
    elseif c == '"' then
      quoted = true
    elseif c == "," then
      row[#row + 1] = table.concat(field); field = {}
    elseif c == "\r" then
      -- ends with the following \n
    elseif c == "\n" then
      row[#row + 1] = table.concat(field); field = {}
      rows[#rows + 1] = row; row = {}
    else
      field[#field + 1] = c
    end
    i = i + 1
  end
  return rows
end

local escapes = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\t"] = "\\t", ["\r"] = "\\r" }
local function encode(v)
  local t = type(v)
  if t == "string" then
    return '"' .. string.gsub(v, '[%c"\\]', function(c)
      return escapes[c] or string.format("\\u%04x", string.byte(c))
    end) .. '"'
  elseif t == "number" then
    return string.format("%.14g", v)
  elseif t == "boolean" or t == "nil" then
    return tostring(v)
  elseif v[1] ~= nil or next(v) == nil then
    local parts = {}
    for i, x in ipairs(v) do parts[i] = encode(x) end
    return "[" .. table.concat(parts, ",") .. "]"
  else
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys)
    local parts = {}
    for i, k in ipairs(keys) do parts[i] = encode(k) .. ":" .. encode(v[k]) end
    return "{" .. table.concat(parts, ",") .. "}"
  end
end

local decode
local function skip(s, i) return string.find(s, "[^ \t\r\n]", i) or #s + 1 end
local unescape = { b = "\b", f = "\f", n = "\n", r = "\r", t = "\t", ['"'] = '"', ["\\"] = "\\", ["/"] = "/" }
function decode(s, i)
  i = skip(s, i or 1)
  local c = string.sub(s, i, i)
  if c == "{" then
    local obj = {}
    i = skip(s, i + 1)
    if string.sub(s, i, i) == "}" then return obj, i + 1 end
    while true do
      local k
      k, i = decode(s, i)
      i = skip(s, i)
      assert(string.sub(s, i, i) == ":", "colon expected at " .. i)
      obj[k], i = decode(s, i + 1)
      i = skip(s, i)
      local d = string.sub(s, i, i)
      if d == "}" then return obj, i + 1 end
      assert(d == ",", "comma expected at " .. i)
      i = i + 1
    end
  elseif c == "[" then
    local arr = {}
    i = skip(s, i + 1)
    if string.sub(s, i, i) == "]" then return arr, i + 1 end
    while true do
      arr[#arr + 1], i = decode(s, i)
      i = skip(s, i)
      local d = string.sub(s, i, i)
      if d == "]" then return arr, i + 1 end
      i = i + 1
    end
  elseif c == '"' then
    local buf = {}
    i = i + 1
    while true do
      local ch = string.sub(s, i, i)
      if ch == '"' then return table.concat(buf), i + 1 end
      if ch == "\\" then
        local e = string.sub(s, i + 1, i + 1)
        if e == "u" then
          buf[#buf + 1] = string.char(tonumber(string.sub(s, i + 2, i + 5), 16))
          i = i + 6
        else
          buf[#buf + 1] = unescape[e]
          i = i + 2
        end
      else
        buf[#buf + 1] = ch
        i = i + 1
      end
    end
  elseif string.find(c, "[%-%d]") then
    local num = string.match(s, "^-?%d+%.?%d*[eE]?[-+]?%d*", i)
    return tonumber(num), i + #num
  else
    for word, val in pairs({ ["true"] = true, ["false"] = false, null = nil }) do
      if string.sub(s, i, i + #word - 1) == word then return val, i + #word end
    end
    if string.sub(s, i, i + 3) == "null" then return nil, i + 4 end
    error("unexpected " .. c .. " at " .. i)
  end
end

local csv = tocsv(records)
print(#csv, string.sub(csv, 1, 120))
local back = fromcsv(csv)
local mismatches = 0
for i, r in ipairs(records) do
  for j, f in ipairs(fields) do
    if back[i + 1][j] ~= tostring(r[f]) then
      mismatches = mismatches + 1
      print("csv mismatch", i, f, back[i + 1][j], r[f])
    end
  end
end
print("csv rows", #back, "mismatches", mismatches)

local doc = { records = records, count = #records, meta = { title = "r\195\169sum\195\169 \1\31", list = {}, nested = { { 1, 2 }, { 3, { 4 } } } } }
local text = encode(doc)
print(#text)
print(string.sub(text, 1, 200))
local again = decode(text)
local text2 = encode(again)
print("json stable", text == text2, again.count, again.meta.title == doc.meta.title)
for i = 1, 3 do
  local r = again.records[i]
  print(r.id, r.name, r.score, r.big, r.ok)
end
print(encode({ 1e300, -1e-300, 0.1, 1 / 3, 123456789012345678, -0.5, 2 ^ 53 }))

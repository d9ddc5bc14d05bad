-- A small JSON encoder and decoder: escapes, numbers in %.14g, nested arrays/objects with
-- sorted keys, decoding with string.find/sub/byte, error positions for malformed input.
local encode
local escapes = {['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f", ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t"}
local function enc_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return escapes[c] or string.format("\\u%04x", c:byte()) end) .. '"'
end
function encode(v)
  local t = type(v)
  if t == "nil" then return "null"
  elseif t == "boolean" then return tostring(v)
  elseif t == "number" then
    if v ~= v or v == math.huge or v == -math.huge then error("cannot encode " .. tostring(v)) end
    return string.format("%.14g", v)
  elseif t == "string" then return enc_string(v)
  elseif t == "table" then
    if #v > 0 or next(v) == nil then
      local parts = {}
      for i = 1, #v do parts[i] = encode(v[i]) end
      return "[" .. table.concat(parts, ",") .. "]"
    end
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = tostring(k) end
    table.sort(keys)
    local parts = {}
    for _, k in ipairs(keys) do parts[#parts + 1] = enc_string(k) .. ":" .. encode(v[k]) end
    return "{" .. table.concat(parts, ",") .. "}"
  end
  error("cannot encode " .. t)
end
local decode_value
local function skip(s, i) return (s:find("[^ \t\r\n]", i)) or #s + 1 end
local function decode_string(s, i)
  local out, j = {}, i + 1
  while true do
    local c = s:sub(j, j)
    if c == "" then error("unterminated string at " .. i) end
    if c == '"' then return table.concat(out), j + 1 end
    if c == "\\" then
      local e = s:sub(j + 1, j + 1)
      local map = {b = "\b", f = "\f", n = "\n", r = "\r", t = "\t", ['"'] = '"', ["\\"] = "\\", ["/"] = "/"}
      if e == "u" then out[#out + 1] = string.char(tonumber(s:sub(j + 2, j + 5), 16)); j = j + 6
      elseif map[e] then out[#out + 1] = map[e]; j = j + 2
      else error("bad escape at " .. j) end
    else out[#out + 1] = c; j = j + 1 end
  end
end
function decode_value(s, i)
  i = skip(s, i)
  local c = s:sub(i, i)
  if c == "{" then
    local obj = {}
    i = skip(s, i + 1)
    if s:sub(i, i) == "}" then return obj, i + 1 end
    while true do
      local k; k, i = decode_string(s, skip(s, i))
      i = skip(s, i)
      if s:sub(i, i) ~= ":" then error("expected ':' at " .. i) end
      obj[k], i = decode_value(s, i + 1)
      i = skip(s, i)
      local d = s:sub(i, i)
      if d == "}" then return obj, i + 1 end
      if d ~= "," then error("expected ',' or '}' at " .. i) end
      i = i + 1
    end
  elseif c == "[" then
    local arr = {}
    i = skip(s, i + 1)
    if s:sub(i, i) == "]" then return arr, i + 1 end
    while true do
      arr[#arr + 1], i = decode_value(s, i)
      i = skip(s, i)
      local d = s:sub(i, i)
      if d == "]" then return arr, i + 1 end
      if d ~= "," then error("expected ',' or ']' at " .. i) end
      i = i + 1
    end
  elseif c == '"' then return decode_string(s, i)
  elseif s:find("^true", i) then return true, i + 4
  elseif s:find("^false", i) then return false, i + 5
  elseif s:find("^null", i) then return nil, i + 4
  else
    local num = s:match("^-?%d+%.?%d*[eE]?[-+]?%d*", i)
    if not num or num == "" then error("unexpected '" .. c .. "' at " .. i) end
    return tonumber(num), i + #num
  end
end
local function decode(s) local v = decode_value(s, 1); return v end
local data = {name = "Lunacy \"5.1\"", list = {1, 2.5, -3e-7, 1e100, true, false}, nested = {a = {b = {c = "deep\n\t"}}}, empty = {}, ctrl = "\1\31"}
local text = encode(data)
print(text)
local back = decode(text)
print(encode(back) == text, back.list[3], back.nested.a.b.c == "deep\n\t")
print(encode(decode('  [ 1 , {"x" : [ ] } , "\\u0041\\n" , null , 12.50 ] ')))
for _, bad in ipairs({"[1,", '{"a" 1}', "[1 2]", '"abc', "@", '["\\q"]'}) do
  print(bad, pcall(decode, bad))
end
print(pcall(encode, {f = print}))
print(pcall(encode, 0/0))

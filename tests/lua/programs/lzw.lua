-- LZW: compress a byte string to a list of codes with a growing dictionary,
-- decompress it (including the code-not-yet-defined case), pack the codes
-- into a binary string with variable widths, and check the round trip.
local function compress(s)
  local dict, size = {}, 256
  for i = 0, 255 do dict[string.char(i)] = i end
  local w, out = "", {}
  for i = 1, #s do
    local c = string.sub(s, i, i)
    local wc = w .. c
    if dict[wc] then
      w = wc
    else
      out[#out + 1] = dict[w]
      dict[wc] = size
      size = size + 1
      w = c
    end
  end
  if w ~= "" then out[#out + 1] = dict[w] end
  return out, size
end

local function decompress(codes)
  local dict, size = {}, 256
  for i = 0, 255 do dict[i] = string.char(i) end
  local w = dict[codes[1]]
  local out = { w }
  for i = 2, #codes do
    local k = codes[i]
    local entry
    if dict[k] then
      entry = dict[k]
    elseif k == size then
      entry = w .. string.sub(w, 1, 1)
    else
      error("bad code " .. k)
    end
    out[#out + 1] = entry
    dict[size] = w .. string.sub(entry, 1, 1)
    size = size + 1
    w = entry
  end
  return table.concat(out)
end

-- pack codes with a width that grows as the dictionary does
local function pack(codes)
  local bytes, acc, nbits = {}, 0, 0
  local width, limit = 9, 512
  for i, code in ipairs(codes) do
    acc = acc * 2 ^ width + code
    nbits = nbits + width
    while nbits >= 8 do
      local shift = 2 ^ (nbits - 8)
      local b = math.floor(acc / shift)
      bytes[#bytes + 1] = string.char(b)
      acc = acc - b * shift
      nbits = nbits - 8
    end
    if 256 + i >= limit then width = width + 1; limit = limit * 2 end
  end
  if nbits > 0 then bytes[#bytes + 1] = string.char(acc * 2 ^ (8 - nbits)) end
  return table.concat(bytes)
end

local function unpack_codes(data, count)
  local codes, acc, nbits = {}, 0, 0
  local width, limit = 9, 512
  local pos = 1
  while #codes < count do
    while nbits < width do
      acc = acc * 256 + string.byte(data, pos)
      pos = pos + 1
      nbits = nbits + 8
    end
    local shift = 2 ^ (nbits - width)
    local code = math.floor(acc / shift)
    acc = acc - code * shift
    nbits = nbits - width
    codes[#codes + 1] = code
    if 256 + #codes >= limit then width = width + 1; limit = limit * 2 end
  end
  return codes
end

local samples = {
  "TOBEORNOTTOBEORTOBEORNOT",
  "abababababababababababab",
  "",
  "a",
  string.rep("\0\255", 50),
}
local words = { "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog" }
local parts = {}
for i = 1, 3000 do parts[i] = words[(i * i) % #words + 1] end
samples[#samples + 1] = table.concat(parts, " ")
local bin = {}
for i = 0, 2999 do bin[#bin + 1] = string.char((i * 7 + math.floor(i / 13)) % 256) end
samples[#samples + 1] = table.concat(bin)

for i, s in ipairs(samples) do
  if s == "" then
    print(i, "empty")
  else
    local codes, size = compress(s)
    local back = decompress(codes)
    local packed = pack(codes)
    local codes2 = unpack_codes(packed, #codes)
    local same = #codes2 == #codes
    for j = 1, #codes do if codes[j] ~= codes2[j] then same = false end end
    print(i, #s, #codes, size, #packed, back == s, same)
    if #codes < 20 then print("", table.concat(codes, " ")) end
  end
end
print(pcall(decompress, { 65, 300 }))

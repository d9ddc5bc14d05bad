-- base64: encode and decode with arithmetic on byte values (no bit library),
-- padding cases, a URL-safe alphabet via gsub, all 256 bytes and a checksum.
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
local index = {}
for i = 1, 64 do index[string.sub(alphabet, i, i)] = i - 1 end

local function encode(s)
  local out = {}
  for i = 1, #s, 3 do
    local a, b, c = string.byte(s, i, i + 2)
    local n = a * 65536 + (b or 0) * 256 + (c or 0)
    local c1 = math.floor(n / 262144)
    local c2 = math.floor(n / 4096) % 64
    local c3 = math.floor(n / 64) % 64
    local c4 = n % 64
    out[#out + 1] = string.sub(alphabet, c1 + 1, c1 + 1) .. string.sub(alphabet, c2 + 1, c2 + 1)
      .. (b and string.sub(alphabet, c3 + 1, c3 + 1) or "=")
      .. (c and string.sub(alphabet, c4 + 1, c4 + 1) or "=")
  end
  return table.concat(out)
end

local function decode(s)
  s = string.gsub(s, "[^%w%+/=]", "")
  local out = {}
  for i = 1, #s, 4 do
    local chunk = string.sub(s, i, i + 3)
    local n, pad = 0, 0
    for j = 1, 4 do
      local ch = string.sub(chunk, j, j)
      if ch == "=" or ch == "" then
        pad = pad + 1
        n = n * 64
      else
        n = n * 64 + index[ch]
      end
    end
    local a = math.floor(n / 65536)
    local b = math.floor(n / 256) % 256
    local c = n % 256
    if pad == 0 then out[#out + 1] = string.char(a, b, c)
    elseif pad == 1 then out[#out + 1] = string.char(a, b)
    else out[#out + 1] = string.char(a) end
  end
  return table.concat(out)
end

for _, s in ipairs({ "", "f", "fo", "foo", "foob", "fooba", "foobar", "Man is distinguished" }) do
  local e = encode(s)
  print(string.format("%-22q %-30s %s", s, e, tostring(decode(e) == s)))
end

local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
local e = encode(all)
print(#e)
for i = 1, #e, 76 do print(string.sub(e, i, i + 75)) end
print(decode(e) == all)

local urlsafe = string.gsub(string.gsub(e, "+", "-"), "/", "_")
print(string.sub(urlsafe, -40))
local back = string.gsub(urlsafe, "[-_]", { ["-"] = "+", ["_"] = "/" })
print(back == e)

-- a larger round trip with a running checksum
local parts = {}
for i = 1, 6000 do parts[i] = string.char((i * 31 + math.floor(i / 7)) % 256) end
local data = table.concat(parts)
local enc = encode(data)
local sum = 0
for i = 1, #enc do sum = (sum * 31 + string.byte(enc, i)) % 1000000007 end
print(#enc, sum, decode(enc) == data)
print(decode("SGVs\nbG8g\r\nV29y bGQ="))

-- hex dump of stdin in 16-byte blocks read with io.read(16): offsets, hex
-- columns and a printable column; then the byte histogram summary.
local offset = 0
local hist = {}
while true do
  local block = io.read(16)
  if not block then break end
  local hex = string.gsub(block, "(.)", function(c) return string.format("%02X ", string.byte(c)) end)
  local text = string.gsub(block, "[^%w%p ]", ".")
  io.write(string.format("%08X  %-48s |%s|\n", offset, hex, text))
  for i = 1, #block do
    local b = string.byte(block, i)
    hist[b] = (hist[b] or 0) + 1
  end
  offset = offset + #block
end
print(offset, io.read(16), io.read(0), io.read("*a"), io.read("*l"), io.read("*n"))
local distinct, most, mostb = 0, 0, nil
for b = 0, 255 do
  if hist[b] then
    distinct = distinct + 1
    if hist[b] > most then most, mostb = hist[b], b end
  end
end
print(distinct, most, mostb)

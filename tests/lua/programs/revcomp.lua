-- reverse-complement shape: read FASTA from stdin line by line with
-- io.read("*l"), print each section reverse-complemented in 60-column lines.
local complement = {}
local from, to = "ACGTUMRWSYKVHDBN", "TGCAAKYWSRMBDHVN"
for i = 1, #from do
  local a, b = string.sub(from, i, i), string.sub(to, i, i)
  complement[a] = b
  complement[string.lower(a)] = b
end

local function flush(header, parts)
  if not header then return end
  io.write(header, "\n")
  local s = string.reverse(table.concat(parts))
  s = string.gsub(s, ".", complement)
  for i = 1, #s, 60 do
    io.write(string.sub(s, i, i + 59), "\n")
  end
end

local header, parts = nil, {}
local lines = 0
while true do
  local line = io.read("*l")
  if line == nil then break end
  lines = lines + 1
  if string.byte(line, 1) == 62 then
    flush(header, parts)
    header, parts = line, {}
  else
    parts[#parts + 1] = line
  end
end
flush(header, parts)
print(lines, io.read("*l"), io.read("*a"), io.read(0))

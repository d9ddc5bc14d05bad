-- k-nucleotide shape: read FASTA from stdin with io.lines, keep section THREE,
-- count k-mers in a table and print sorted frequencies and selected counts.
local seq = {}
local inside = false
for line in io.lines() do
  if string.sub(line, 1, 1) == ">" then
    inside = string.sub(line, 2, 6) == "THREE"
  elseif inside then
    seq[#seq + 1] = string.upper(line)
  end
end
local dna = table.concat(seq)
print("length", #dna)

local function count(k)
  local freq = {}
  for i = 1, #dna - k + 1 do
    local key = string.sub(dna, i, i + k - 1)
    freq[key] = (freq[key] or 0) + 1
  end
  return freq
end

local function frequencies(k)
  local freq = count(k)
  local list, total = {}, 0
  for key, c in pairs(freq) do
    list[#list + 1] = key
    total = total + c
  end
  table.sort(list, function(a, b)
    if freq[a] ~= freq[b] then return freq[a] > freq[b] end
    return a < b
  end)
  for _, key in ipairs(list) do
    io.write(string.format("%s %.3f\n", key, 100 * freq[key] / total))
  end
  io.write("\n")
end

frequencies(1)
frequencies(2)
for _, s in ipairs({ "GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT" }) do
  io.write((count(#s)[s] or 0), "\t", s, "\n")
end
-- raw pairs order of a small count table
for k, v in pairs(count(2)) do io.write(k, "=", v, " ") end
io.write("\n")

-- fasta shape: repeat a sequence and pick weighted nucleotides with a linear
-- congruential generator, written through io.write in 60-column lines.
local IM, IA, IC = 139968, 3877, 29573
local last = 42
local function random(max)
  last = (last * IA + IC) % IM
  return max * last / IM
end

local alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" ..
  "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" ..
  "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" ..
  "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"

local iub = {
  { "a", 0.27 }, { "c", 0.12 }, { "g", 0.12 }, { "t", 0.27 },
  { "B", 0.02 }, { "D", 0.02 }, { "H", 0.02 }, { "K", 0.02 },
  { "M", 0.02 }, { "N", 0.02 }, { "R", 0.02 }, { "S", 0.02 },
  { "V", 0.02 }, { "W", 0.02 }, { "Y", 0.02 },
}
local homo = {
  { "a", 0.3029549426680 }, { "c", 0.1979883004921 },
  { "g", 0.1975473066391 }, { "t", 0.3015094502008 },
}

local WIDTH = 60

local function repeatfasta(id, desc, s, n)
  io.write(">", id, " ", desc, "\n")
  local doubled = s .. s
  local len, pos = #s, 1
  while n > 0 do
    local line = n < WIDTH and n or WIDTH
    io.write(string.sub(doubled, pos, pos + line - 1), "\n")
    pos = pos + line
    if pos > len then pos = pos - len end
    n = n - line
  end
end

local function randomfasta(id, desc, tbl, n)
  io.write(">", id, " ", desc, "\n")
  local acc = 0
  for _, e in ipairs(tbl) do acc = acc + e[2]; e[3] = acc end
  local buf = {}
  while n > 0 do
    local line = n < WIDTH and n or WIDTH
    for i = 1, line do
      local r = random(1.0)
      local c = tbl[#tbl][1]
      for _, e in ipairs(tbl) do
        if r < e[3] then c = e[1]; break end
      end
      buf[i] = c
    end
    io.write(table.concat(buf, "", 1, line), "\n")
    n = n - line
  end
  return acc
end

local n = 250
repeatfasta("ONE", "Homo sapiens alu", alu, n * 2)
print(randomfasta("TWO", "IUB ambiguity codes", iub, n * 3))
print(randomfasta("THREE", "Homo sapiens frequency", homo, n * 5))
print(last, random(100), random(1))

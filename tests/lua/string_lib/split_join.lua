-- Common idioms: splitting on separators, trimming, word counting, capitalising.
local function split(s, sep)
  local out = {}
  for piece in (s .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do out[#out + 1] = piece end
  return out
end
local parts = split("a,b,,c", ",")
print(#parts, table.concat(parts, "|"))
parts = split("one.two.three", ".")
print(#parts, table.concat(parts, "|"))
local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end
print("[" .. trim("  spaced out \t\n") .. "]")
local text = "the quick brown fox jumps over the lazy dog the end"
local counts = {}
for w in text:gmatch("%a+") do counts[w] = (counts[w] or 0) + 1 end
local words = {}
for w, c in pairs(counts) do words[#words + 1] = w .. "=" .. c end
table.sort(words)
print(table.concat(words, " "))
print((("hello big world"):gsub("(%a)(%a*)", function(a, b) return a:upper() .. b end)))

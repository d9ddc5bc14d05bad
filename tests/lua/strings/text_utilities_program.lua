-- Everyday string utilities: split, join, trim, word wrap, title case, counting words,
-- escaping for patterns, padding, hex dumps; all through the string library.
local function split(s, sep)
  local out = {}
  for piece in (s .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do out[#out + 1] = piece end
  return out
end
local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end
local function title(s) return (s:gsub("(%a)([%w_']*)", function(a, b) return a:upper() .. b:lower() end)) end
local function wrap(s, width)
  local lines, line = {}, ""
  for word in s:gmatch("%S+") do
    if #line + #word + 1 > width and #line > 0 then lines[#lines + 1] = line; line = word
    else line = (#line > 0) and (line .. " " .. word) or word end
  end
  if #line > 0 then lines[#lines + 1] = line end
  return lines
end
local function hexdump(s) return (s:gsub(".", function(c) return string.format("%02x ", c:byte()) end)) end
local parts = split("a,b,,c,", ",")
print(#parts, table.concat(parts, "|"))
print(table.concat(split("1.2.3", "."), " "), table.concat(split("x--y--z", "--"), " "))
print("[" .. trim("  \t hello world \n ") .. "]", "[" .. trim("") .. "]", "[" .. trim("   ") .. "]")
print(title("the QUICK brown fox's tale"), title("o'neil mc-donald"))
for i, l in ipairs(wrap("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor", 20)) do
  print(i, l)
end
print(hexdump("Lua\0\255\n"))
local text = "the cat and the hat and the bat"
local freq = {}
for w in text:gmatch("%a+") do freq[w] = (freq[w] or 0) + 1 end
local words = {}
for w, n in pairs(freq) do words[#words + 1] = w .. "=" .. n end
table.sort(words)
print(table.concat(words, " "))
print(string.format("%-8s|%8s|%08.3f", "left", "right", math.pi))
print(("CamelCaseString"):gsub("(%u)", function(c) return "_" .. c:lower() end))
print(("snake_case_here"):gsub("_(%a)", string.upper))
print(("a.b*c+d"):gsub("[%.%*%+]", "%%%0"))

-- Differential test of string.format's %s %q %c and %%: generated strings with zeros, control
-- and high bytes, quotes and backslashes, long strings, numbers coerced to strings, and formats
-- of several items with text between them.
local F = dofile("lib/format.lua")
local G = F.G
G.seed(8008)
local CONVS = {"s", "s", "q", "q", "s", "c", "d", "g", "x", "f"}
local TEXT = {"", "", "x", " ", "%%", "[", "]", "\0", "\n", "a%%b", "=", "\200"}

local function arg_for(conv)
  if conv == "s" or conv == "q" then
    local r = G.int(1, 10)
    if r <= 7 then return F.string() end
    if r <= 9 then return F.number() end
    return F.numeral()
  elseif conv == "c" then
    return G.int(0, 255)
  end
  return G.int(1, 5) == 1 and F.numeral() or F.number()
end

for case = 1, 1200 do
  local conv = G.pick(CONVS)
  F.check(case, F.spec(conv), arg_for(conv))
end

-- several items in one format
for case = 1, 600 do
  local parts, args = {G.pick(TEXT)}, {}
  for i = 1, G.int(1, 4) do
    local conv = G.pick(CONVS)
    parts[#parts + 1] = F.spec(conv)
    parts[#parts + 1] = G.pick(TEXT)
    args[i] = arg_for(conv)
  end
  F.check("m" .. case, table.concat(parts), unpack(args))
end

-- %q output read back by loadstring gives the string again
for case = 1, 300 do
  local s = F.string()
  local q = string.format("%q", s)
  local back = loadstring("return " .. q)()
  print("r" .. case, G.show(q), back == s)
end

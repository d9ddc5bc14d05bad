-- Differential test of string.format's errors: repeated flags, widths and precisions of three
-- digits, invalid conversions, a % at the end, and bad or missing arguments of every type.
local F = dofile("lib/format.lua")
local G = F.G
G.seed(9009)
local CONVS = {"d", "i", "u", "o", "x", "X", "c", "e", "E", "f", "g", "G", "q", "s"}
local BAD_CONVS = {"y", "a", "A", "n", "p", "l", "h", "L", "b", "F", "%", "z", "D", "S", "Q",
  "-", "*", "$", " ", "\0", "\200", "", "ld", "hd", "lf", "I"}
local BAD_VALUES = {nil, true, false, {}, print, "abc", "", "1x", "0x", "- 1", "1e", "inf",
  "nan", " ", "\0"}
local NBAD = 15

local function flags(n)
  local t = {}
  for i = 1, n do t[i] = G.pick({"-", "+", " ", "#", "0"}) end
  return table.concat(t)
end

for case = 1, 1500 do
  local r = G.int(1, 8)
  local fmt, v
  if r == 1 then
    -- 4 to 8 flags: 6 or more are "repeated flags"
    fmt = "%" .. flags(G.int(4, 8)) .. G.pick({"", "5", "12"}) .. G.pick(CONVS)
    v = G.int(-50, 50)
  elseif r == 2 then
    -- width or precision of 2 or 3 digits
    local w = G.chance(50) and tostring(G.int(1, 999)) or ""
    local p = G.chance(50) and "." .. G.int(0, 999) or ""
    fmt = "%" .. flags(G.int(0, 2)) .. w .. p .. G.pick(CONVS)
    v = G.int(-50, 50)
  elseif r == 3 then
    fmt = "%" .. flags(G.int(0, 2)) .. G.pick({"", "3", "10"}) .. G.pick({"", ".2"}) ..
      G.pick(BAD_CONVS)
    v = 1
  elseif r == 4 then
    -- a bad value for a conversion
    fmt = F.spec(G.pick(CONVS))
    v = BAD_VALUES[G.int(1, NBAD)]
  elseif r == 5 then
    -- a format ending in a %, or items without values
    fmt = G.pick({"%", "a%", "%d%", "%5", "%-", "%.", "%5.", "%d %d", "%s%s%s", "%%%", "%q%"})
    v = G.int(0, 9)
  else
    fmt = F.spec(G.pick(CONVS))
    v = F.number()
  end
  if G.chance(10) then
    F.check(case, fmt)
  else
    F.check(case, fmt, v)
  end
end

-- the format argument itself
local FORMATS = {nil, 12, 1.5, true, {}, "", "%%", "x"}
for i = 1, 8 do
  print("fmt" .. i, F.G.results(pcall(string.format, FORMATS[i])))
end
print("none", F.G.results(pcall(string.format)))
print("extra", F.G.results(pcall(string.format, "%d", 1, 2, 3)))
print("method", F.G.results(pcall(function() return ("%5.1f|%-5s|"):format(3.14159, "ab") end)))
print("direct", pcall(string.format, "%d", {}))
print("named", pcall(function() local s = string.format("%d", "x") return s end))

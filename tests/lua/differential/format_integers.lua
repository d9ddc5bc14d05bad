-- Differential test of string.format's %d %i %u %o %x %X %c: generated flags, widths and
-- precisions applied to integers, fractions, huge values, inf/nan and numeric strings.
local F = dofile("lib/format.lua")
local G = F.G
G.seed(6006)
local CONVS = {"d", "i", "u", "o", "x", "X", "c", "d", "x"}
for case = 1, 2200 do
  local conv = G.pick(CONVS)
  local v
  local r = G.int(1, 10)
  if conv == "c" and r <= 7 then
    v = G.int(0, 255)
  elseif r <= 9 then
    v = F.number()
  else
    v = F.numeral()
  end
  F.check(case, F.spec(conv), v)
end

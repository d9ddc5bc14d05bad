-- Differential test of string.format's %e %E %f %g %G: generated flags, widths and precisions
-- applied to random doubles, halfway cases, extremes, -0, inf and nan (both signs).
local F = dofile("lib/format.lua")
local G = F.G
G.seed(7007)
local CONVS = {"e", "E", "f", "g", "G", "g", "f", "e"}
for case = 1, 2200 do
  local v = G.int(1, 12) == 1 and F.numeral() or F.number()
  F.check(case, F.spec(G.pick(CONVS)), v)
end

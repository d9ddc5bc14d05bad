-- Differential test of string.find/match/gmatch/gsub: generated patterns rich in sets, ranges,
-- complements, %b and %f items, checked against lua5.1.
local run = dofile("lib/patterns.lua")
run(3003, 1000, {subject_len = 10, items = 4, capture = 6, special = 25, set = 50,
  quantify = 40, max_quantified = 3, malformed = 3, follow = 70})

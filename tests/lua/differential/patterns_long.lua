-- Differential test of string.find/match/gmatch/gsub: generated patterns on longer subjects
-- (many matches per gmatch and gsub), checked against lua5.1.
local run = dofile("lib/patterns.lua")
run(5005, 500, {subject_len = 40, items = 4, capture = 12, special = 8, set = 26,
  quantify = 40, max_quantified = 2, malformed = 2, follow = 70})

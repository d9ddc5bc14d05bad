-- Differential test of string.find/match/gmatch/gsub: generated patterns of literals, classes,
-- sets and quantifiers (few captures) on short subjects, checked against lua5.1.
local run = dofile("lib/patterns.lua")
run(1001, 1000, {subject_len = 10, items = 5, capture = 8, special = 4, set = 26,
  quantify = 40, max_quantified = 3, malformed = 3, follow = 70})

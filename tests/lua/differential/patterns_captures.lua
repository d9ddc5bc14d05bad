-- Differential test of string.find/match/gmatch/gsub: generated patterns with nested and
-- position captures, back-references and %0-%9 replacements, checked against lua5.1.
local run = dofile("lib/patterns.lua")
run(2002, 1000, {subject_len = 10, items = 5, capture = 30, special = 8, set = 20,
  quantify = 35, max_quantified = 3, malformed = 3, follow = 85})

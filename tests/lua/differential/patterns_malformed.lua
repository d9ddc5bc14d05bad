-- Differential test of the pattern matcher's errors: generated patterns, most with a malformed
-- piece inserted (unfinished sets and captures, lone %, %f without [, bad %b and %1),
-- checked against lua5.1's messages.
local run = dofile("lib/patterns.lua")
run(4004, 1000, {subject_len = 8, items = 4, capture = 15, special = 12, set = 26,
  quantify = 30, max_quantified = 3, malformed = 70, follow = 70})

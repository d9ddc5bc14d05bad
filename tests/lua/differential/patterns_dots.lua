-- Differential test of string.find/match/gmatch/gsub: generated patterns with several .* .+ .-
-- and .? items, captures and anchors on subjects of up to 20 characters, checked against lua5.1.
local run = dofile("lib/patterns.lua")
run(6006, 600, {subject_len = 20, items = 5, capture = 15, special = 6, set = 15,
  quantify = 60, max_quantified = 3, malformed = 2, follow = 50, dot = 40})

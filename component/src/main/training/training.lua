-- The training run of the distribution build: what a short script does, so
-- that lib/classlist names the classes every run loads (see bin/lunacy).
local words = {}
for w in ("the quick brown fox"):gmatch("%a+") do
  words[#words + 1] = w:upper()
end
table.sort(words)
local ok, err = pcall(error, "expected")
print(#words, table.concat(words, ","), string.format("%5.2f", 1 / 3), ok, err, ...)

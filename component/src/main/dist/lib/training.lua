-- The training run of the distribution build (and of bin/lunacy where an
-- installation has moved): what short scripts do, so that lib/classlist names
-- the classes every run loads and lib/lunacy.aot holds them with their
-- profiles. (Longer runs that get Truffle compiling made no measurable
-- difference to the first iteration of the benchmarks.)
local words = {}
for w in ("the quick brown fox"):gmatch("%a+") do
  words[#words + 1] = w:upper()
end
table.sort(words)
local ok, err = pcall(error, "expected")
print(#words, table.concat(words, ","), string.format("%5.2f", 1 / 3), ok, err, ...)

-- Differential test of the pattern matcher's errors: generated patterns, most with a malformed
-- piece inserted (unfinished sets and captures, lone %, %f without [, bad %b and %1),
-- checked against lua5.1's messages.
local run = dofile("lib/patterns.lua")
run(4004, 1000, {subject_len = 8, items = 4, capture = 15, special = 12, set = 26,
  quantify = 30, max_quantified = 3, malformed = 70, follow = 70})

-- capture limits (LUA_MAXCAPTURES is 32) and replacement values of the wrong type
local G = dofile("lib/gen.lua")
local s = string.rep("ab", 20)
for _, n in ipairs({31, 32, 33, 40}) do
  local p = string.rep("(.)", n)
  print("caps", n, G.results(pcall(string.find, s, p)))
  print("poscaps", n, G.results(pcall(string.match, s, string.rep("()", n))))
  print("nested", n, G.results(pcall(string.match, s, string.rep("(", n) .. string.rep(")", n))))
end
for _, v in ipairs({true, 0, "", {}}) do
  print("repl", G.show(v), G.results(pcall(string.gsub, "abc", "%w", {a = v})),
    G.results(pcall(string.gsub, "abc", "%w", function() return v end)))
end
print("replnil", G.results(pcall(string.gsub, "abc", "%w", nil)))
print("replbool", G.results(pcall(string.gsub, "abc", "%w", true)))

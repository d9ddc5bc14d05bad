-- Differential test of the numeric arguments of find, match, gmatch and gsub: init and max
-- values that are fractions, numeric strings, huge, infinite or nan (C casts to integers), and
-- subjects and patterns given as numbers.
local G = dofile("lib/gen.lua")
local results = G.results
local VALUES = {0, 1, 2, 1.5, 2.7, -1.5, -2.7, -1, -6, -7, -100, 6, 7, 8, 100, "2", " 3 ", "0x3",
  "-2", 2 ^ 31, 2 ^ 31 + 1, -2 ^ 31, -2 ^ 31 - 1, 2 ^ 32 + 2, -2 ^ 32 + 2, 2 ^ 53, -2 ^ 53, 1e20,
  -1e20, 2 ^ 63, 2 ^ 64, 1 / 0, -1 / 0}
local zero = 0
VALUES[#VALUES + 1] = zero / zero
local s = "abcabc"
for i, v in ipairs(VALUES) do
  print(i, G.show(v))
  print("", "find", results(pcall(string.find, s, "b", v)), results(pcall(string.find, s, "b()", v)),
    results(pcall(string.find, s, "", v)), results(pcall(string.find, s, "c$", v)))
  print("", "plain", results(pcall(string.find, s, "b", v, true)),
    results(pcall(string.find, s, "", v, true)))
  print("", "match", results(pcall(string.match, s, ".", v)), results(pcall(string.match, s, "^.", v)),
    results(pcall(string.match, s, "()", v)))
  print("", "gsub", results(pcall(string.gsub, s, "b", "X", v)),
    results(pcall(string.gsub, s, "", "-", v)), results(pcall(string.gsub, s, "^a", "-", v)))
end
for _, bad in ipairs({"x", "", {}, true}) do
  print("bad", G.show(bad), results(pcall(string.find, s, "b", bad)),
    results(pcall(string.match, s, "b", bad)), results(pcall(string.gsub, s, "b", "X", bad)))
end
print("nilinit", results(pcall(string.find, s, "b", nil)), results(pcall(string.gsub, s, "b", "X", nil)))
print("numbers", results(pcall(string.find, 12345, 3)), results(pcall(string.match, 3.25, "%d+$")),
  results(pcall(string.gsub, 12345, 3, 9)), results(pcall(string.gsub, 1e100, "%+", "")),
  results(pcall(string.find, -0.5, ".", 2)))
local parts = {}
for a, b in string.gmatch(2 ^ 40, "(%d)(%d)") do parts[#parts + 1] = a .. b end
print("gmatch", table.concat(parts, " "))
print("missing", results(pcall(string.find, s)), results(pcall(string.match)),
  results(pcall(string.gmatch, s)), results(pcall(string.gsub, s, "b")))

-- String comparison: byte-wise (strcoll in the C locale), prefixes, embedded zeros.
print("a" < "b", "b" < "a", "a" < "aa", "" < "a", "Z" < "a")
print("abc" <= "abc", "abc" >= "abd", "10" < "9", "a\0b" < "a\0c")
print("a\0" > "a", "\255" > "\1", "A" < "a")
local words = {"pear", "Apple", "apple", "banana", "", "b", "a\0", "a", "10", "9", "_x"}
table.sort(words)
for i, w in ipairs(words) do words[i] = string.format("%q", w) end
print(table.concat(words, " "))
print("x" == "x", "x" ~= "x ", ("x"):rep(3) == "xxx")
print(pcall(function() return "a" < 1 end))
print(pcall(function() return {} < "a" end))

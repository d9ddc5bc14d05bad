-- Character classes %a %d %l %s %u %w %x %p %c %z and their complements over all bytes.
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
for _, cls in ipairs({"%a", "%d", "%l", "%s", "%u", "%w", "%x", "%p", "%c", "%z", "%A", "%D", "%S", "."}) do
  local _, n = all:gsub(cls, "")
  print(cls, n)
end
print(("a1_B2"):gsub("[%w_]", "x"))
print(("a-b]c"):gsub("[%]%-]", "!"))
print(("abcxyz"):gsub("[a-c]", "."), ("abcxyz"):gsub("[^a-c]", "."))
print(("^caret"):gsub("[%^]", "C"), ("a^b"):gsub("[b^]", "#"))

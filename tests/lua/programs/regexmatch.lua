-- old shootout regexmatch shape: find phone numbers in stdin lines with Lua
-- patterns (optional parenthesized area code, separators), normalize them
-- and print; plus captures, anchors, position captures and gsub counts.
local pattern = "%f[%d(]%(?(%d%d%d)%)?[ ]?(%d%d%d)[- ](%d%d%d%d)%f[%D]"
local count = 0
local n = 0
for line in io.lines() do
  n = n + 1
  local s, e, area, ex, num = string.find(line, pattern)
  if s then
    local prefix = string.sub(line, 1, s - 1)
    -- an opening parenthesis must be matched by a closing one
    local text = string.sub(line, s, e)
    local open, close = string.find(text, "^%("), string.find(text, "%)")
    if (open and close) or (not open and not close) then
      count = count + 1
      io.write(string.format("%d: (%s) %s-%s  [line %d, col %d, prefix %q]\n", count, area, ex, num, n, s, prefix))
    end
  end
end
print("matched", count, "of", n)

local samples = {
  { "hello world from Lua", "(%w+) (%w+)" },
  { "key = value # comment", "^(%w+)%s*=%s*([^#]-)%s*#" },
  { "  trim me  ", "^%s*(.-)%s*$" },
  { "2026-12-05T04:44:18Z", "(%d+)-(%d+)-(%d+)T(%d+):(%d+):(%d+)" },
  { "[[nested [brackets] here]]", "%b[]" },
  { "THE (quick) fox", "()%((%a+)%)()" },
  { "aaa", "a-b" },
  { "aaab", "a-b" },
  { "x=1, y=22, z=333", "(%a)=(%d+)" },
}
for _, p in ipairs(samples) do
  print(string.format("%-28q %-36q", p[1], p[2]), string.find(p[1], p[2]))
end
for k, v in string.gmatch("x=1, y=22, z=333", "(%a)=(%d+)") do io.write(k, "->", v, " ") end
print()
print(string.gsub("hello world", "(o)", "[%1]"))
print(string.gsub("abc", "", "-"))
print(string.gsub("abc", ".-", "-"))
print(string.gsub("one two  three", "%s+", "_", 1))
print(string.gsub("$100 and $200", "%$(%d+)", function(d) return "<" .. d * 2 .. ">" end))
print(pcall(string.gsub, "x", "(", ""))
print(pcall(string.find, "x", "[a"))
print(pcall(string.rep))
print(string.find("a.b.c", ".", 2, true), string.find("abc", "b", -1), string.find("abc", "", 10), string.find("abc", "", 4))

-- Pattern functions called from warm call sites with many different patterns,
-- subjects and replacement kinds.
local function m(s, p) return (string.match(s, p)) end
local pats = {"%d+", "%a+", "(%w)%w", "^x", ".-$", "[aeiou]", "%s", "(.)%1", "%bxy", "%f[%a]%a"}
local subj = {"abc123", "xyz", "  a", "hello", "aa bb", "x1y2"}
for i = 1, 3000 do for _, p in ipairs(pats) do m("abc123", p) end end
for _, p in ipairs(pats) do
  local row = {}
  for _, s in ipairs(subj) do row[#row + 1] = tostring(m(s, p)) end
  print(p, table.concat(row, " "))
end
local function g(s, p, r) return (string.gsub(s, p, r)) end
for i = 1, 5000 do g("abc", "b", "x") end
print(g("abc", "b", {b = "T"}), g("abc", "%w", function(c) return c:byte() end), g("abc", "", "-"), g("a.c", ".", "%0%0"))
local function f(s, p, i, plain) return string.find(s, p, i, plain) end
for i = 1, 5000 do f("a.b", ".", 1, true) end
print(f("a.b", ".", 1, false), f("a.b", ".", 1, true), f("a.b", ".", 3, true), f("a.b", "%.", -1), f("a.b", ".", 10))
local p = "x"
for i = 1, 10 do p = p .. "%d" end
print(string.find("x0123456789", p), string.match("x0123456789", p))

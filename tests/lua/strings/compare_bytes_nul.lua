-- String comparison is bytewise (C locale strcoll) including bytes above 127 and
-- embedded NULs (compared piece by piece); prefixes sort first; sorting mixed strings.
local pairs_ = {
  {"a", "b"}, {"a", "a"}, {"", "a"}, {"a\0b", "a\0c"}, {"a\0", "a"}, {"a", "a\0"}, {"\0", ""},
  {"\255", "\1"}, {"\128", "\127"}, {"Z", "a"}, {"abc", "abd"}, {"abc", "ab"}, {"10", "9"},
  {"\0\0", "\0"}, {"a\0\0b", "a\0\0a"}, {"é", "e"}, {" ", "\t"},
}
for _, p in ipairs(pairs_) do
  local a, b = p[1], p[2]
  print(string.format("%q %q", a, b), a < b, a <= b, a > b, a >= b, a == b)
end
local list = {"b", "a\0z", "a", "\200", "A", "a\0", "", "ab", "\0"}
table.sort(list)
for i, s in ipairs(list) do list[i] = string.format("%q", s) end
print(table.concat(list, " "))
print(("x"):rep(3) < ("x"):rep(4), ("x"):rep(4) < "y")

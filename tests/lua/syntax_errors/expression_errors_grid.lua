-- Syntax errors inside expressions: unbalanced parentheses and brackets, missing operands,
-- bad table fields, function bodies, method call forms, string call arguments.
local srcs = {
  "x = (1", "x = (1))", "x = 1)", "x = t[1", "x = t[]", "x = t.", "x = t.1", "x = t:", "x = t:m",
  "x = t:m.", "x = t:m{}.", "x = f{", "x = f'", "x = f[[", "x = 1 + + 1", "x = 1 .. .. 2",
  "x = - - - 1", "x = not not not 1", "x = # # t", "x = function(", "x = function() return",
  "x = function(a b) end", "x = function(a, ...) return ... end", "x = function(..., a) end",
  "x = {1 = 2}", "x = {f() = 1}", "x = {[1]}", "x = {a.b = 1}", "x = {1, 2,, }", "x = {,}",
  "x = 1 < 2 < 3", "x = a.b.c.d.e:f(g)(h)[i]", "x = (f)()()", "x = 'a' 'b'", "x = 1 'b'",
  "x = a == == b", "x = a ~ b", "x = a != b", "x = a && b", "x = a || b", "x = a ? b : c",
  "x = [=", "x = [==[", "x = ]]", "x = @", "x = $", "x = `", "x = \\", "x = !a",
}
for _, s in ipairs(srcs) do
  local f, e = loadstring(s, "=e")
  print(string.format("%-34q %s", s, f and "ok" or e))
end

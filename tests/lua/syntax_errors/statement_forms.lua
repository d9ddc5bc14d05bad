-- Syntax errors for statements: calls vs expressions as statements, assignments to
-- calls and constants, ambiguous call syntax across lines, misplaced break/return/...
local srcs = {
  "f", "1", "'s'", "x.y", "x[1]", "x:y", "x:y()", "a, b", "a, b()", "a, f() = 1, 2",
  "nil = 1", "true = 1", "1 = 1", "'s' = 1", "... = 1", "{} = 1", "(a) = 1", "a.b = 1",
  "return 1 2", "return;", "return; return", "do return end print(1)", "break",
  "while true do break print(1) end", "while true do break end",
  "f\n(1)", "local f\n(f)(1)", "x = f\n(g)", "local a = {} a\n[1] = 2",
  "local function f() end f()", "local function a.b() end", "function a.b:c() end",
  "function a:b.c() end", "function (x) end", "local function(x) end",
  "for i in 1 do end", "for a.b = 1, 2 do end", "for i = 1, 2, 3, 4 do end",
  "if then end", "if x end", "if x then elseif end", "repeat local x until x",
  "local a.b = 1", "local a = 1,", "local a, b, = 1", "x = function end",
  "x = {a = }", "x = {= 1}", "x = {[1] = }", "x = {;}", "x = {1;2,3;}", "x = {1 2}",
}
for _, s in ipairs(srcs) do
  local f, e = loadstring(s, "=s")
  print(string.format("%-30q %s", s, f and "ok" or e))
end

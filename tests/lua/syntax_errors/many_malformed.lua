-- syntax error messages of many small malformed chunks
local srcs = {
  "x = ", "x = 1 +", "local function", "function f(a,", "f(", "a.b:c", "a:b", "return return",
  "if x then", "for i = 1 do end", "for i in do end", "local 1 = 2", "x = }", "x = {1,,2}",
  "x = a..", "break", "return 1; return 2", "local t = {a = }", "(f)", "a, b", "a + 1 = 2",
  "x = 'abc", "x = [[abc", "x = \"a\\qb\"", "--[[", "x = 0x", "x = 1e+", "x = ~1", "x = a ~= ", "f() = 1",
  "local a.b = 1", "function a:b:c() end", "function a.b.c:d() end return 1", "x = function() end end",
  "while true do", "repeat until", "do end end", "elseif", "x = not", "x = #", "...", "function f() ... end",
  "local x <close>", "x = @", "x = $", "return ...", "a = b = c", "::label::", "goto label", "x = 1 // 2",
  "x = 1 & 2", "x = a.1", "t = {[1] = }", "t = {[] = 1}", "f{}", "f''", "f[[x]]", "x = (1)(2)", "and",
}
for _, s in ipairs(srcs) do
  local f, e = loadstring(s)
  print(string.format("%-28s %s", s, tostring(e)))
end

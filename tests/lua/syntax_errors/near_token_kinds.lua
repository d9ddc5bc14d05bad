-- Syntax error messages: the "near" token for names, numbers, strings, long strings,
-- keywords, operators, <eof>, and the "'x' expected (to close 'y' at line n)" forms.
local srcs = {
  "x = ", "x = 1 2", "x = 'str' 'q'", "x = [[long]] y", "local 1 = 2", "local function 1() end",
  "if x then", "if x then else else end", "while true do", "for i = 1 do end", "for i, j do end",
  "for 1 = 1, 2 do end", "function f( end", "function f(a,) end", "function f(...,a) end",
  "f(", "f(1,", "t = {1,,2}", "t = {[1] 2}", "x = 1 + * 2", "x = not", "return return",
  "local x <const> = 1", "goto label", "x = 0x", "x = 1e", "x = 3..4", "x = '\\300'",
  "x = 'abc", "x = [==[ abc ]=]", "--[[ unfinished", "x = #", "a.b:c = 1", "a:b.c()",
  "(f)", "x, y", "x + 1", "local", "return 1; x = 2", "do end end", "repeat until",
  "f = function() return end end", "::lbl::", "x = ~1", "x = 1 // 2", "x = a ~= ", "x = {",
  "local a, = 1", "x = ...", "function f() x = ... end", "else", "elseif x then end", "break",
  "x = y z", "x = 'a\nb'", "x = \"", "t = {f()} = 1", "f() = 1", "(a) = 1", "a.b.c",
}
for _, s in ipairs(srcs) do
  local f, e = loadstring(s, "=src")
  print(string.format("%-32q %s", s, tostring(e)))
end

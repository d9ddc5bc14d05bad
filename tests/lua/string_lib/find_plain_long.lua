-- string.find without specials (plain, or a pattern with no magic characters) over long
-- subjects: the first character found many times before the whole needle matches, needles at
-- the very end, overlapping candidates, needles longer than what is left.
local long = string.rep("abcdefghij", 1500) .. "ta"
print(long:find("ta", 1, true), long:find("ta"), long:find("ta", -2, true), long:find("ta", -1, true))
print(long:find("j", 14990, true), long:find("jt", 1, true), long:find("ja", 14990, true))
local as = string.rep("a", 1000)
print(as:find("aab", 1, true), (as .. "b"):find("aab", 1, true), (as .. "b"):find("ab"))
print(("aaab"):find("aab", 1, true), ("abababc"):find("ababc", 1, true), ("abab"):find("bab", 3, true))
print(("abc"):find("abcd", 1, true), ("abc"):find("bc", 3, true), ("abc"):find("c", -1, true))
print(("x\0y\0z"):find("\0z", 1, true), ("x\0y\0z"):find("y\0", 1, true), ("\0\0\0"):find("\0\0", 2, true))
print(("a.b.c"):find(".c", 1, true), ("a%b"):find("%b", 1, true), ("[x]"):find("[x]", 1, true))
local count, init = 0, 1
while true do
  local s, e = long:find("cd", init, true)
  if not s then break end
  count, init = count + 1, e + 1
end
print(count, init)

-- os.setlocale with the C locales and its categories; os.getenv, os.clock, os.exit
-- argument checks.
print(os.setlocale())
print(os.setlocale("C"), os.setlocale("POSIX"), os.setlocale(nil, "numeric"))
print(os.setlocale("no_such_locale"), os.setlocale("no_such_locale", "time"))
for _, cat in ipairs({"all", "collate", "ctype", "monetary", "numeric", "time"}) do
  print(cat, os.setlocale(nil, cat), os.setlocale("C", cat))
end
print(pcall(os.setlocale, "C", "bogus"))
print(pcall(os.setlocale, {}))
print(os.setlocale())
print(os.getenv("LUNACY_SURELY_UNDEFINED_VARIABLE"), type(os.getenv("PATH")))
print(pcall(os.getenv))
print(pcall(os.getenv, {}))
local c0 = os.clock()
local x = 0
for i = 1, 100000 do x = x + i end
local c1 = os.clock()
print(type(c0), c1 >= c0)
print(pcall(os.exit, true))
print(pcall(os.exit, "x"))
print(pcall(os.exit, {}))

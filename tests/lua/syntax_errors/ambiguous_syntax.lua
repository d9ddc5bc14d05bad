-- Lua 5.1's 'ambiguous syntax (function call x new statement)' check.
local function check(src, name)
  local f, err = loadstring(src, name)
  print(f and "ok" or err)
end
check("local f = g\n(h)()")
check("f\n()")
check("local x = a.b\n('s'):upper()")
check("f ()")
check("f()\n(g)()")
check("x = f\n{1}")
check("x = f\n'str'")
check("x = (f)\n(1)")
check("x = t[1]\n(2)")

-- Varargs in odd places: main chunk, nested vararg function, as table keys and in parentheses.
local function check(src, name)
  local f, err = loadstring(src, name)
  print(f and "ok" or err)
end
check("local a = ... ; return a")
check("return {...}, (...), #{...}")
check("local function f(...) return function(...) return ... end end")
check("local function f() local t = {...} end")
check("function f(...) ... = 1 end")
check("function f(...) local ... = 1 end")
check("x = ...[1]")
check("x = (...)[1]")

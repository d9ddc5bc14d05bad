-- Syntax errors report the line of the offending token, not of the statement start.
local function check(src, name)
  local f, err = loadstring(src, name)
  print(f and "ok" or err)
end
check("local a = 1\nlocal b = 2\nlocal c = = 3")
check("x = {\n1,\n2,\n=\n}")
check("if a then\n  b()\nelse\n  c(\nend")
check("\n\n\n\n\nx = 'unterminated\n")
check("f(\n\n\n")
check("x = [[\n\n\n")
check("--[[\n\n\n")
check("local function f()\n  return 1\nend\nlocal function g()\n  return 2\n")
check("a = 1\n\n\nb = 2 +", "=lines")

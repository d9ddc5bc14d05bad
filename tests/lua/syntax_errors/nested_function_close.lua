-- Missing 'end' in nested functions: the message points to the innermost unclosed opener.
local function check(src, name)
  local f, err = loadstring(src, name)
  print(f and "ok" or err)
end
check("local function a()\n  local function b()\n    return 1\n  \nend")
check("function a()\n  if x then\n    while y do\n    end\n")
check("local t = {\n  f = function()\n    return 1\n}\n")
check("for i = 1, 2 do\n  repeat\n  end\n", "=loops")

-- Unfinished strings: at a newline, at end of input, with escapes.
local function check(src, name)
  local f, err = loadstring(src, name)
  print(f and "ok" or err)
end
check("x = 'abc")
check('x = "abc')
check("x = 'abc\nd'")
check('x = "a\\"')
check("x = 'a\\")
check("print('hello)", "=myname")
check("x = '\n'")
check("x = \"ok\" .. 'bad")

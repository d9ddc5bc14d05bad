-- Line numbers after \r\n, \n\r and lone \r line ends (counted once each), inside long
-- strings/comments and escaped newlines, in syntax errors and in runtime errors.
local function at(src)
  local f, e = loadstring(src, "=le")
  if not f then return e end
  local ok, err = pcall(f)
  return err
end
print(at("\r\n\r\nerror('x')"))
print(at("\n\r\n\rerror('x')"))
print(at("\r\r\rerror('x')"))
print(at("--[[\r\n\r\n]]error('x')"))
print(at("x = [[\r\n\n\r\r]] error('x')"))
print(at("x = 'a\\\r\nb' error('x')"))
print(at("x = 'a\\\n\rb' error('x')"))
print(at("-- comment\rerror('x')"))
print(at("\n\n\n x = = 1"))
print(at("\r\n\r\n x = = 1"))
print(at("x = [[\n\n\n"))
print(at("x = '\n'"))
print(at("x = 'abc\r'"))
print(at("\n--[==[\n\n\n"))
print(at("local t = {\n\n\n1 2}"))
print(at("f(\n\n)\nerror('after call')"))
print(at("local a = 1\n\n\n\nreturn a.b.c"))
print(at("return\n\n1\n+\nnil"))

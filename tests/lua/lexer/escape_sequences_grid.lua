-- String escapes of 5.1: \a \b \f \n \r \t \v \\ \" \' \ddd (1-3 digits), backslash-newline;
-- \x, \z and \u are not escapes in 5.1 (the backslash is dropped, the letter kept).
local s = "\a\b\f\n\r\t\v\\\"\'"
print(s:byte(1, -1))
print(("\0\00\000\0000"):byte(1, -1))
print(("\1\12\123\1234"):byte(1, -1))
print(("\9\99\255"):byte(1, -1))
print("\x41", "\z  x", "\u{41}", "\q", "\A")
print("line1\
line2")
print(#"\
", ("\
"):byte())
print(loadstring([[return "\256"]]))
print(loadstring([[return "\999"]]))
print(loadstring([[return "abc\]]))
print(type(loadstring("return '\\\r\nx'")))
print(select(2, loadstring("return '\\\r\nx'")) == nil and loadstring("return '\\\r\nx'")():byte(1, -1))
print(loadstring("return '\\\n\rx'")():byte(1, -1))
print(loadstring("return 'a\\\n\nb'"))
print('single "double" inside', "double 'single' inside")
print([[long \n not escaped]], [==[with ]] inside]==])

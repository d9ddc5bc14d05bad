-- loadstring handles sources containing \0 and binary-looking text.
local f = loadstring("return 'a\\0b'")
print(#f())
local g = loadstring("return '" .. "x\0y" .. "'")
print(g and #g())
print(select(2, loadstring("\27garbage")))

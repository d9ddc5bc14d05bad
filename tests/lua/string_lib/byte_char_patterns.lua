-- Patterns over binary data: %z matches \0 in 5.1, escapes of magic characters.
local s = "a\0b\0c"
print(s:gsub("%z", "0"))
print(s:find("\0", 1, true), s:find("%z"))
print(("a\0b"):match("(.)%z(.)"))
local magic = "^$()%.[]*+-?"
print(magic:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "#"))
print(("x.y"):gsub("%.", "%%"))
print(("100%"):gsub("%%", " percent"))

-- io.tmpfile gives an anonymous read/write file; os.tmpname names an empty file in /tmp.
local t = io.tmpfile()
print(io.type(t), t:write("abc", 123), t:seek("set"))
print(t:read("*a"), t:seek("cur"), t:seek("end"))
print(t:close(), io.type(t))
local name = os.tmpname()
print(name:match("^/tmp/lua_%w%w%w%w%w%w$") ~= nil)
local f = assert(io.open(name))
print(f:read("*a") == "", f:close())
print(os.remove(name), io.open(name) == nil)
local names = {}
for i = 1, 5 do names[i] = os.tmpname() end
print(names[1] ~= names[2], names[2] ~= names[3])
for i = 1, 5 do assert(os.remove(names[i])) end

-- io.type for files, closed files and other values; tostring shape of open and closed files;
-- the FILE* metatable's methods called on non-files.
local name = "io_type_tostring.tmp"
local f = assert(io.open(name, "w"))
print(io.type(f), io.type(io.stdout), io.type(nil), io.type("file"), io.type(1), io.type(print))
print(tostring(f):match("^file %(0x%x+%)$") ~= nil, tostring(f) == tostring(f))
f:close()
print(io.type(f), tostring(f), tostring(f) == "file (closed)")
local m = getmetatable(f)
print(type(m), m.__index == m, type(m.__gc), type(m.__tostring))
print(pcall(m.read, "x"))
print(pcall(m.write, {}))
print(pcall(m.close, 1))
print(pcall(m.lines))
print(type(io.open), io.type(io.open(name)))
print(os.remove(name))
print(pcall(io.type))
print(io.type(newproxy(true)))

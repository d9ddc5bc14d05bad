-- lines iterators over closed files: io.lines closes at the end and then refuses to go on,
-- file:lines on a file closed meanwhile, and the closed-file errors of every method.
local name = "lines_closed_errors.tmp"
local f = assert(io.open(name, "w"))
f:write("one\ntwo\nthree\n")
f:close()
local it = io.lines(name)
print(it(), it(), it(), it())
print(pcall(it))
f = assert(io.open(name))
local it2 = f:lines()
print(it2())
f:close()
print(pcall(it2))
f = assert(io.open(name))
for l in f:lines() do io.write(l, ";") end
print()
print(f:read("*l"), io.type(f))
f:close()
print(pcall(f.lines, f))
print(pcall(io.lines, f))
for _, m in ipairs({"read", "write", "lines", "seek", "flush", "setvbuf", "close"}) do
  local ok, e = pcall(f[m], f, "no")
  print(m, ok, e)
end
print(tostring(f), io.type(f))
print(os.remove(name))

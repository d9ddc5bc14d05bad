-- Large files through the buffers: many writes, lines longer than glibc's fgets chunk,
-- reads straddling buffer boundaries, and "*a" of a few megabytes.
local name = os.tmpname()
local f = assert(io.open(name, "wb"))
local chunk = string.rep("0123456789abcdef", 64)
for i = 1, 4096 do f:write(chunk) end
f:write("\n", string.rep("L", 100000), "\n", "end")
f:close()
f = assert(io.open(name, "rb"))
local all = f:read("*a")
print(#all, all:sub(1, 20), all:sub(-5))
f:seek("set", 0)
local sizes = {1, 8191, 8192, 8193, 65536, 100000, 3000000}
for _, n in ipairs(sizes) do
  local s = f:read(n)
  print(n, s and #s, s and s:sub(-3))
end
f:close()
local lens = {}
for l in io.lines(name) do lens[#lens + 1] = #l end
print(#lens, table.concat(lens, " "))
local sum = 0
f = assert(io.open(name, "wb"))
for i = 1, 20000 do f:write(i, "\n") end
f:close()
f = assert(io.open(name, "rb"))
while true do
  local n = f:read("*n")
  if not n then break end
  sum = sum + n
end
print(sum, f:read("*a"))
f:close()
print(os.remove(name))

-- io.write and file:write of strings of tens of megabytes, read back whole ("*a"), by
-- count, and as one long line.
local name = os.tmpname()
local big = string.rep("0123456789", 2^20)
io.output(name)
io.write(big, 42, "\n", big)
io.close()
io.output(io.stdout)
local f = assert(io.open(name, "rb"))
local all = f:read("*a")
print(#all, all == big .. "42\n" .. big, f:read("*a"), f:read(1))
f:seek("set", 0)
local line = f:read("*l")
print(#line, line:sub(-4), #f:read(2^23), #f:read("*a"))
f:close()
f = assert(io.open(name, "a+b"))
print(f:write(big, big))
f:seek("set", 0)
local a, b = f:read(3 * 2^21, "*a")
print(#a, #b, a:sub(-3), b:sub(-3), a .. b == all .. big .. big)
f:close()
local count, longest = 0, 0
for l in io.lines(name) do
  count = count + 1
  if #l > longest then longest = #l end
end
print(count, longest)
print(os.remove(name))

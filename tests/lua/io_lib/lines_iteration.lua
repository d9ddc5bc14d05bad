-- io.lines and file:lines: empty lines, no newline at the end, "\r" kept, an empty file,
-- breaking out of the loop early, and reading the rest with the same file afterwards.
local name = "lines_iteration.tmp"
local function make(s) local f = assert(io.open(name, "wb")) f:write(s) f:close() end
local function collect(it) local t = {} for l in it do t[#t + 1] = string.format("%q", l) end return #t .. ": " .. table.concat(t, " ") end
make("a\n\nb\n")
print(collect(io.lines(name)))
make("no newline")
print(collect(io.lines(name)))
make("cr\r\nlf\n")
print(collect(io.lines(name)))
make("")
print(collect(io.lines(name)))
make("\n")
print(collect(io.lines(name)))
make("1\n2\n3\n4\n")
local f = assert(io.open(name))
for l in f:lines() do if l == "2" then break end end
print(f:read("*a"))
f:seek("set")
print(collect(f:lines()))
print(collect(f:lines()))
f:close()
local it = io.lines(name)
print(it(), it())
print(os.remove(name))

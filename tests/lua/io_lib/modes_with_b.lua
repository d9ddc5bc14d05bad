-- every open mode with and without "b": what each allows (read, write, append, truncate)
local name = "modes_with_b.tmp"
local function put(s) local f = assert(io.open(name, "wb")) f:write(s) f:close() end
local function get() local f = assert(io.open(name, "rb")) local s = f:read("*a") f:close() return s end
for _, m in ipairs({"r", "w", "a", "r+", "w+", "a+", "rb", "wb", "ab", "r+b", "w+b", "a+b", "rb+", "wb+", "ab+"}) do
  put("12345")
  local f = assert(io.open(name, m))
  local r = f:read("*a")
  local w = f:write("xy")
  f:close()
  print(m, string.format("%q", tostring(r)), w, get())
end
-- r+ writes over the start, a+ always appends even after a seek
put("abcdef")
local f = assert(io.open(name, "r+"))
f:write("XY")
f:close()
print(get())
f = assert(io.open(name, "a+"))
f:seek("set", 0)
f:write("END")
f:seek("set", 0)
print(f:read("*a"))
f:close()
-- w+ truncates, then reads back what was written after a seek
f = assert(io.open(name, "w+"))
print(f:read("*a"), f:seek("end"))
f:write("new")
print(f:seek("cur"), f:seek("set"), f:read("*a"))
f:close()
print(os.remove(name))
print(io.open(name))

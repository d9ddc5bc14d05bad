-- loadfile skips a first line starting with '#'; when a precompiled chunk (string.dump)
-- follows it, the chunk is loaded as binary, even after "\r\n".
local name = os.tmpname()

local function try(prefix)
  local f = assert(io.open(name, "wb"))
  f:write(prefix, string.dump(function(...) return "dumped", select('#', ...) end))
  f:close()
  local fn, err = loadfile(name)
  if fn then print(fn(1, 2, 3)) else print("error") end
end

try("")
try("#!/usr/bin/lua\n")
try("#comment\r\n")

-- text after a '#' line keeps its line numbers
local f = assert(io.open(name, "w"))
f:write("#!/usr/bin/lua\nlocal x = 1\nerror('line three')\n")
f:close()
print(select(2, pcall(dofile, name)) == name .. ":3: line three")

-- a '#' line alone, and a '#' line followed by an empty chunk
for _, text in ipairs({"#only", "#only\n"}) do
  f = assert(io.open(name, "w"))
  f:write(text)
  f:close()
  print(pcall(dofile, name))
end
os.remove(name)

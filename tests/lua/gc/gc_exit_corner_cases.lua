-- gc corner cases at exit and on collect
local a = newproxy(true)
getmetatable(a).__gc = function() print("a finalized") end
local b = newproxy(true)
getmetatable(b).__gc = function() print("b finalized") end
getmetatable(b).__gc = nil
local c = newproxy(true)
getmetatable(c).__gc = "not a function"
local d = newproxy(true)
getmetatable(d).__gc = function() print("d finalized, collecting") collectgarbage() end
local e = newproxy(true)
getmetatable(e).__gc = setmetatable({}, {__call = function() print("callable table gc") end})
_G.keep = {a, b, c, d, e}
io.write("buffered without newline")
print()
print("end of main")

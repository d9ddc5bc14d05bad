-- debug.traceback: message and level arguments, non-string messages, levels beyond the stack,
-- inside xpcall handlers, from error objects, and the "..." elision of long stacks.
local function lvl3() return debug.traceback("at 3") end
local function lvl2() return lvl3() .. "" end
local function lvl1() return (lvl2()) end
print(lvl1())
print(debug.traceback("no level"))
print(debug.traceback("level 1", 1))
print(debug.traceback("level 2", 2))
print(debug.traceback("", 1))
print(debug.traceback())
print(debug.traceback(nil, 1))
print(debug.traceback(false))
print(debug.traceback(3.5))
print(debug.traceback(true) == true)
print(xpcall(function() error("boom") end, debug.traceback))
print(xpcall(function() local x = nil; return x.y end, debug.traceback))
print(xpcall(function() error({}) end, function(e) return type(e), debug.traceback("handler", 1) end))
print(xpcall(function() error("lvl", 2) end, function(e) return debug.traceback(e, 2) end))
local function rec(n) if n == 0 then return debug.traceback("deep") end return (rec(n - 1)) end
print(rec(30))

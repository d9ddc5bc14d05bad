-- tracebacks (xpcall with debug.traceback) of errors raised inside metamethods: __index functions
-- and chains, __tostring, __len, arithmetic, __newindex, __call, __concat, __eq, builtins
-- reaching metamethods, and an __index error inside a coroutine.wrap function.
local t = setmetatable({}, {__index = function(t, k) error("no field " .. k) end})
print(xpcall(function() return t.x end, debug.traceback))
print(xpcall(function() return t:m() end, debug.traceback))
local function get() return t.y end
print(xpcall(get, debug.traceback))
local u = setmetatable({}, {__index = function(t, k) return debug.traceback("in index") end})
print(u.z)
print(xpcall(function() return tostring(setmetatable({}, {__tostring = function() error("ts") end})) end, debug.traceback))
print(xpcall(function() return #setmetatable({}, {__len = function() error("len") end}) end, debug.traceback))
print(xpcall(function() local a = setmetatable({}, {__add = function() error("add") end}) return a + 1 end, debug.traceback))
print(xpcall(function() local a = setmetatable({}, {__newindex = function() error("ni") end}) a.x = 1 end, debug.traceback))
print(xpcall(function() local a = setmetatable({}, {__call = function() error("call") end}) a() end, debug.traceback))
print(xpcall(function() local a = setmetatable({}, {__concat = function() error("cc") end}) return a .. "x" end, debug.traceback))
print(xpcall(function() local a = setmetatable({}, {__eq = function() error("eq") end}) return a == setmetatable({}, getmetatable(a)) end, debug.traceback))
print(xpcall(function() local a = setmetatable({}, {__index = setmetatable({}, {__index = function() error("chain") end})}) return a.q end, debug.traceback))
print(xpcall(function() return rawget(t, "x"), t[1] end, debug.traceback))
print(xpcall(function() for k, v in pairs(setmetatable({}, {__index = function() error("pairs") end})) do end return t.w end, debug.traceback))
print(xpcall(function() return table.concat(setmetatable({}, {__index = function() error("tc") end}), ",", 1, 2) end, debug.traceback))
print(xpcall(function() return ("x"):bad() end, debug.traceback))
print(xpcall(function() return string.format("%d", setmetatable({}, {__index = function() error("fmt") end})) end, debug.traceback))
print(xpcall(function() return coroutine.wrap(function() return t.c end)() end, debug.traceback))

-- debug.traceback naming each kind of caller: field, method, local, upvalue, global, no name,
-- tail calls, pcall, coroutines, sort comparators, metamethods, levels and thread arguments.
local function show(s) print((s:gsub("0x%x+", "ADDR"))) end
local t = {}
function t.field() show(debug.traceback("field")) end
function t:method() show(debug.traceback("method")) end
local function loc() show(debug.traceback("local")) end
local up = function() show(debug.traceback("upvalue")) end
function glob() show(debug.traceback("global")) end
t.field()
t:method()
loc()
local function callsup() up() end
callsup()
glob()
local anon = {function() show(debug.traceback("anon")) end}
anon[1]()
local function tail() return glob() end
tail()
pcall(function() show(debug.traceback("in pcall")) end)
local co = coroutine.create(function() show(debug.traceback("in co")) end)
coroutine.resume(co)
table.sort({2, 1}, function(a, b) show(debug.traceback("sort cmp", 1)); return a < b end)
local mt = setmetatable({}, {__index = function(t, k) show(debug.traceback("index mm")) end})
local _ = mt.x
show(debug.traceback("level2", 2))
show(debug.traceback(co))
show(debug.traceback(co, "msg"))
show(debug.traceback(co, "msg", 0))
print(xpcall(function() local x = nil; return x.y end, debug.traceback))

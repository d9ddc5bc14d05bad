-- debug.traceback names each function as its caller called it (global, local, method, field,
-- for iterator); functions called from builtins or as metamethods show <file:line>.
local function show(m) print((debug.traceback(m, 1))) end
local function f() show("local f") end
f()
function g() show("global g") end
g()
local obj = {}
function obj.field() show("field") end
function obj:method() show("method") end
obj.field()
obj:method()
local alias = f
alias()
for _ in function(s, c) if not c then show("iterator") return 1 end end do end
table.foreach({1}, function() show("from foreach") end)
local mt = setmetatable({}, {__index = function() show("__index") end, __add = function() show("__add") return 0 end})
local _ = mt.x
_ = mt + 1
pcall(function() show("from pcall") end)
local deep
deep = function(n) if n == 0 then show("deep") else deep(n - 1) end end
deep(25)
print(debug.traceback("message"))
print(debug.traceback("lvl0", 0))
print(debug.traceback("lvl2", 2))
print(debug.traceback("a", "b"))
print(debug.traceback({}, 1) == nil, type(debug.traceback({})))
print(debug.traceback(nil))
print(debug.traceback(12, 1))
print(debug.traceback("beyond", 50))
print(debug.traceback("negative", -1))
local function tailee() return debug.traceback("after tail call") end
local function tailer() return tailee() end
print(tailer())
local function lv3() return debug.getinfo(3, "Sl") end
local function lv2() return lv3() end
local i = lv2()
print(i.what, i.currentline, i.source, i.short_src)
print(pcall(function() local function inner() return getfenv(2) end return inner() end))

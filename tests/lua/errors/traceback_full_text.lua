-- full text of debug.traceback from nested Lua functions, methods and C functions
local obj = {}
function obj:method() return debug.traceback("in method") end
local function level2() local r = obj:method() return r end
function globalfn() return level2() end
print(globalfn())
print(debug.traceback("lvl2", 2))
local function viaPcall() local ok, tb = pcall(debug.traceback, "via pcall") return tb end
print(viaPcall())
print(xpcall(function() local t = nil; return t.x end, debug.traceback))
local co = coroutine.create(function() coroutine.yield(debug.traceback("in co")) end)
print(coroutine.resume(co))
print(debug.traceback(co))
local t = setmetatable({}, {__index = function() return debug.traceback("meta") end})
print(t.x)
print(select(2, pcall(string.gsub, "a", "a", function() error("in gsub cb") end)))
print(select(2, xpcall(function() string.rep() end, debug.traceback)))

-- debug.traceback in an xpcall handler when the function xpcall called
-- tail-called on (through plain functions and through __call): one
-- "(tail call)" level per tail call of the chain.
local function f(x) error("boom " .. x) end
local g = f
local function h(v) return g(v) end
print(xpcall(function() return g("a") end, debug.traceback))
print(xpcall(function() return h("b") end, debug.traceback))
local call = setmetatable({}, {__call = function(self, v) return g(v) end})
print(xpcall(function() return call("c") end, debug.traceback))
print(xpcall(function() local r = call("d") return r end, debug.traceback))
print(xpcall(g, debug.traceback, "e"))
print(xpcall(h, debug.traceback, "f"))
print(pcall(function() return h("g") end))

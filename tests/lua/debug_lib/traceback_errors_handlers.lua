-- tracebacks taken in xpcall handlers for runtime errors from builtins, arithmetic on nil
-- fields, errors with levels, nested pcall inside the handler, and error objects.
local function handler(e) return (debug.traceback(tostring(e), 2)) end
local function f1() return ("x"):rep(-1, 2, {}) + nil end
print(xpcall(f1, handler))
local function f2() local t = {} return t.a.b end
print(xpcall(f2, handler))
local function f3() error("with level 2", 2) end
local function f3caller() f3() end
print(xpcall(f3caller, handler))
print(xpcall(function() error(setmetatable({}, {__tostring = function() return "custom" end})) end, handler))
print(xpcall(function() string.rep() end, function(e) return pcall(error, "inner") , e end))
print(xpcall(function() local x = #nil end, function(e) return debug.traceback(e) end))

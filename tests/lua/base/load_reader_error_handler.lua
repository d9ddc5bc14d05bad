-- An error in load's reader function is raised under the running thread's
-- message handler: at the top level of a script that is lua.c's, which adds
-- debug.traceback(msg, 2) to a string message; a pcall or a coroutine has none.
print(load(function() error("reader fails") end))
print(load(function() local x = nil; return x.y end))
print(load(function() return {} end))
print(load(function() error(42) end))
print(type(select(2, load(function() error({}) end))))
print(pcall(load, function() error("in pcall") end))
print(coroutine.wrap(function() return load(function() error("in a coroutine") end) end)())
print(xpcall(function() return load(function() error("in xpcall") end) end, function(m) return "H:" .. m end))
debug.traceback = function(m, l) return "TB:" .. tostring(m) .. ":" .. tostring(l) end
print(load(function() error("replaced traceback") end))
debug.traceback = function() error("again") end
print(load(function() error("failing traceback") end))
debug = nil
print(load(function() error("no debug") end))

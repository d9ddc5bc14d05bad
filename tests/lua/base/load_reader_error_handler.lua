-- An error raised by load's reader goes through the running xpcall handler
-- (lua_load runs under the thread's errfunc): not inside pcall or a coroutine,
-- not for syntax errors; a failing handler gives "error in error handling".
print(xpcall(function() return load(function() error("r") end) end, function(m) return "H:" .. m end))
print(xpcall(function() return load(function() error({}) end) end, function(m) return "H:" .. type(m) end))
print(pcall(function() return load(function() error("r2") end) end))
print(xpcall(function() return loadstring("x=") end, function(m) return "H:" .. m end))
print(xpcall(function() return pcall(load, function() error("r3") end) end, function(m) return "H:" .. m end))
print(xpcall(function() return coroutine.wrap(function() return load(function() error("r4") end) end)() end, function(m) return "H:" .. m end))
print(xpcall(function() local f, m = load(function() error("r5") end); error(m, 0) end, function(m) return "H2:" .. m end))
print(xpcall(function() return load(function() error("r6") end) end, function(m) error("again") end))
print(xpcall(function() return xpcall(function() return load(function() error("r7") end) end, function(m) return "inner:" .. m end) end, function(m) return "outer:" .. m end))
print(xpcall(function() return load(function() error("r8", 0) end) end, debug.traceback))

-- argument checks of debug functions: getupvalue/setupvalue need a function (after the index and
-- value checks), getfenv needs a value (a thread gives its globals), '>' in getinfo options
local co = coroutine.create(function() end)
print(debug.getfenv(co) == _G)
print(debug.getinfo(print, "S").what)
print(pcall(debug.getinfo, print, ">S"))
print(pcall(debug.getinfo, print, "S>"))
print(pcall(debug.getinfo, 1, "S>"))
print(pcall(debug.getupvalue, 1, 1))
print(pcall(debug.getupvalue, 1, "x"))
print(pcall(debug.getupvalue, print, 1))
print(pcall(debug.setupvalue, 1, "x"))
print(pcall(debug.setupvalue, 1, 1))
print(pcall(debug.setupvalue, 1, 1, 1))
print(pcall(debug.setupvalue, print, 1, 1))
print(pcall(debug.getfenv))
print(pcall(debug.getfenv, nil))
print(debug.getfenv(1), debug.getfenv("x"))
local up = 10
local function f() return up end
print(debug.getupvalue(f, 1))
print(debug.setupvalue(f, 1, 20), f())
print(debug.getupvalue(f, 2), debug.setupvalue(f, 0, 1))

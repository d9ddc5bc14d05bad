-- "attempt to call" messages name globals, locals, fields, methods, upvalues.
local function try(f) print(select(2, pcall(f))) end
try(function() undefined_f() end)
try(function() local lf; lf() end)
local up
try(function() up() end)
local t = {}
try(function() t.field() end)
try(function() t.a.b() end)
try(function() t[1]() end)
try(function() t:method() end)
try(function() ("s"):nomethod() end)
try(function() local n = 5; n() end)
try(function() (nil)() end)
try(function() t["key with space"]() end)
try(function() string.nofunc() end)
try(function() local s = "str"; s() end)
try(function() local b = true; b() end)

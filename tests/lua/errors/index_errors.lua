-- "attempt to index" messages for locals, globals, fields, upvalues and '?'.
local function try(f) print(select(2, pcall(f))) end
try(function() local t; return t.x end)
try(function() return noglobal.x end)
local up = nil
try(function() return up.x end)
local t = {}
try(function() return t.x.y end)
try(function() return t.x.y.z end)
try(function() return t[1].y end)
try(function() local k = "x"; return t[k].y end)
try(function() return t.x[1] end)
try(function() local t2; t2.x = 1 end)
try(function() t.x.y = 1 end)
try(function() local n = 1; return n.x end)
try(function() return (nil).x end)
try(function() local f = function() end; return f.x end)
try(function() return ("abc").x.y end)
try(function() local a = {b = {}}; return a.b.c.d end)

-- Method calls on missing methods and bad self values.
local function try(f) print(select(2, pcall(f))) end
local obj = {}
try(function() obj:missing() end)
try(function() obj.sub:missing() end)
try(function() local o; o:m() end)
try(function() return ("x"):bad() end)
try(function() return (5):m() end)
try(function() string.rep() end)
try(function() ("x"):rep() end)
try(function() ("x").rep() end)
try(function() local s = string; s.format("%d", "x") end)
try(function() ("%d"):format("x") end)

-- "attempt to perform arithmetic on" with variable kinds in the message.
local function try(f) print(select(2, pcall(f))) end
local n = {}
try(function() return n + 1 end)
try(function() local s = "abc"; return s * 2 end)
try(function() return glob + 1 end)
try(function() local t = {}; return t.f - 1 end)
try(function() local t = {}; return 1 - t.f end)
try(function() local a, b = 1, nil; return a / b end)
try(function() return -{} end)
try(function() local x = true; return -x end)
try(function() local t = {}; return t[1] % 2 end)
try(function() return 2 ^ {} end)
try(function() return {} + {} end)
try(function() local a = "1"; local b = "x"; return a + b end)
try(function() return (1)["x"] end)

-- "attempt to compare" messages: type names, two values of the same type.
local function try(f) print(select(2, pcall(f))) end
try(function() return 1 < nil end)
try(function() return nil < 1 end)
try(function() return {} < {} end)
try(function() return "a" < 1 end)
try(function() return 1 <= "a" end)
try(function() return true < false end)
try(function() return print < print end)
try(function() return {} >= 1 end)
try(function() return 1 > {} end)
try(function() return nil > nil end)
try(function() local a, b = {}, {}; return a <= b end)
try(function() return coroutine.create(function() end) < 1 end)

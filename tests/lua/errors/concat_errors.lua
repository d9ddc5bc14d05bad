-- "attempt to concatenate" messages with variable names.
local function try(f) print(select(2, pcall(f))) end
try(function() local s; return "a" .. s end)
try(function() local s; return s .. "a" end)
try(function() return "a" .. undefinedvar end)
local t = {}
try(function() return "a" .. t.field end)
try(function() return "a" .. t end)
try(function() return t .. "a" end)
try(function() return "a" .. true end)
try(function() return 1 .. {} end)
try(function() local a, b, c = "a", nil, "c"; return a .. b .. c end)
try(function() local a, b, c = "a", "b", {}; return a .. b .. c end)
try(function() return "x" .. print end)

-- Errors about iterators and for loops with their messages.
local function try(f) print(select(2, pcall(f))) end
try(function() for k, v in pairs(nil) do end end)
try(function() for i, v in ipairs("str") do end end)
try(function() for x in {} do end end)
try(function() for i = 1, {} do end end)
try(function() for i = 1, 2, "x" do end end)
try(function() local t; for k in next, t do end end)

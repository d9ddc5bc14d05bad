-- A constant left operand that never short-circuits (1 and x, nil or x, not nil
-- and x) leaves just the right operand: error messages name it as they would name
-- x alone. The result is still one value, and other constants keep the plain message.
local u, s = {}, "str"
local function try(f) print(pcall(f)) end
try(function() return ('' and u) / 2 end)
try(function() return (1 and u) + 2 end)
try(function() return (true and s) + 2 end)
try(function() return (nil or s) + 2 end)
try(function() return (false or u.x) + 2 end)
try(function() return 2 * (1 + 2 and s) end)
try(function() return (1 and 2 and s) + 1 end)
try(function() return -(not nil and u) end)
try(function() return #(true and s.x) end)
try(function() return (not 1 or u)() end)
try(function() return ((true and u)).x.y end)
try(function() return (true and g) .. 1 end)
try(function() local a = {} return (false or a):m() end)
try(function() return (nil and u) + 2 end)
try(function() return (s and 1 and u) + 1 end)
try(function() return (1 or u) + {} end)
local function f() return 1, 2, 3 end
local function v(...) return true and ... end
print(true and f())
print(nil or f())
print(v(4, 5, 6))
print(select('#', 1 and f()), #{"" and f()})

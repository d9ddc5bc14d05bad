-- Errors from setmetatable/getmetatable/rawset misuse called from Lua functions.
local function try(f) print(select(2, pcall(f))) end
try(function() setmetatable({}, 5) end)
try(function() setmetatable(nil, {}) end)
try(function() setmetatable(setmetatable({}, {__metatable = 1}), {}) end)
try(function() rawset({}, nil, 1) end)
try(function() rawget(1) end)
try(function() getmetatable() end)
try(function() next({}, 1) end)

-- uncaught error with a table value that has __tostring in a nested function
local function f() error(setmetatable({}, {__tostring = function() return "obj" end}), 2) end
f()

-- An error object with __tostring stays a table when caught; tostring shows the text.
local E = setmetatable({msg = "custom"}, {__tostring = function(e) return "E(" .. e.msg .. ")" end})
local ok, err = pcall(error, E)
print(ok, err == E, tostring(err))
ok, err = pcall(function() error(E, 2) end)
print(ok, err == E)

-- an uncaught error whose value has __tostring (lua.c 5.1 does not use it)
error(setmetatable({}, {__tostring = function() return "custom" end}))

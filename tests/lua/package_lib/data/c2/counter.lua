-- a module returning a table; records the arguments require passes
local args = {...}
return {name = args[1], nargs = select("#", ...), loads = (package.loaded["data.c2.counter"] == nil)}

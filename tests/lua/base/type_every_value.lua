-- type: the eight type names, the error for a missing argument, and that only
-- the first argument matters; the program ends with an uncaught argument error.
print(type(nil), type(true), type(0), type(""), type({}), type(print), type(type),
  type(coroutine.create(function() end)), type(newproxy()))
print(type(io.stdout), type(string), type(1/0), type(0/0), type("1"), type(function() end))
print(pcall(type))
print(type(nil, 1), type(1, nil), select("#", type(1)))
local mt = setmetatable({}, {__type = "custom", __tostring = function() return "x" end})
print(type(mt))
print(type(type(nil)))
print(pcall(type, nil))
local function values(...) return ... end
print(pcall(type, values()))
-- an empty call result is no value: uncaught, the error names 'type'
print(type(values()))

-- A metatable on the global table: strict mode and default values.
local undeclared = {}
setmetatable(_G, {
  __index = function(t, k) undeclared[#undeclared + 1] = k; return nil end,
  __newindex = function(t, k, v) rawset(t, k, v .. "!") end,
})
local a = some_undefined
local b = another_undefined
declared = "x"
print(a, b, declared, table.concat(undeclared, ","))
setmetatable(_G, {__index = function(_, k) error("undefined variable " .. k, 2) end})
print(pcall(function() return missing_var end))
setmetatable(_G, nil)
print(missing_var)

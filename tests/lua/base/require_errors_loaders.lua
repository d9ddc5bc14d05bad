-- require: errors in module bodies, loops, custom loaders and the module name argument
package.path = "data/?.lua"
package.cpath = ""
print(pcall(require, "errs_on_load"))
print(pcall(require, "errs_on_load"))
print(package.loaded.errs_on_load ~= nil)
print(pcall(require, "loopa"))
local m = require("args_mod")
print(m.name, m.nargs)
table.insert(package.loaders, 2, function(name)
  if name == "virtual" then return function(n) return "virtual module " .. n end end
  return "\n\tno virtual module '" .. name .. "'"
end)
print(require("virtual"))
local ok, e = pcall(require, "missing_mod")
print(ok, (e:gsub("\n", "|")))
package.loaders = nil
print(pcall(require, "another"))

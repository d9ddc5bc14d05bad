-- package.loaders: four searchers in order (preload, Lua, C, all-in-one); a custom searcher
-- returns a loader or a message; non-function results, a missing loaders table, errors.
package.path = "./data/?.lua"
package.cpath = ""
print(#package.loaders)
for i, l in ipairs(package.loaders) do print(i, type(l)) end
local calls = {}
table.insert(package.loaders, 1, function(name)
  calls[#calls + 1] = name
  if name:sub(1, 4) == "mem." then
    return function(n, extra) return {from = "memory", name = n, extra = extra} end
  end
  return "\n\tno memory module '" .. name .. "'"
end)
local m = require("mem.one")
print(m.from, m.name, m.extra)
print(require("plain").name)
print(table.concat(calls, " "))
print(select(2, pcall(require, "nowhere")))
package.loaders[1] = function() return 42 end
print(select(2, pcall(require, "numeric_result")))
package.loaders[1] = function() return nil end
print(select(2, pcall(require, "nil_result")))
package.loaders[1] = function() error("searcher fails") end
print(pcall(require, "erroring"))
package.loaders = {}
print(pcall(require, "empty_loaders"))
package.loaders = "x"
print(pcall(require, "bad_loaders"))

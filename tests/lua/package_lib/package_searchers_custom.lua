-- package.loaders replaced and extended: custom searchers returning loaders or messages,
-- the "not found" text built from their messages, loaders receiving the module name.
package.path, package.cpath = "./?.lua", "./?.so"
local saved = {}
for i, l in ipairs(package.loaders) do saved[i] = l end
table.insert(package.loaders, 2, function(name)
  if name:match("^virtual%.") then
    return function(n, ...) return {module = n, extra = select("#", ...)} end
  end
  return "\n\tno virtual module '" .. name .. "'"
end)
local v = require("virtual.one")
print(v.module, v.extra, package.loaded["virtual.one"] == v)
print(select(2, pcall(require, "missing.thing")))
package.loaders[2] = function(name) return nil end
print(select(2, pcall(require, "missing.other")))
package.loaders[2] = function(name) return 42 end
print(pcall(require, "weird.result"))
package.loaders = {}
print(pcall(require, "anything"))
package.loaders = nil
print(pcall(require, "anything.else"))
package.loaders = saved
print(type(require("string")), require("string") == string)

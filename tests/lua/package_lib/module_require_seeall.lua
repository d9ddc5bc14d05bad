-- modules written with module(...): package.seeall or not, globals they create, _NAME and
-- _PACKAGE, require returning the module table; module on a non-table global is an error.
package.path = "./data/?.lua"
package.cpath = ""
local m = require("mod_seeall")
print(m == mod_seeall, m._NAME, m._PACKAGE, m.version, m.describe())
local p = require("mod_plain")
print(p == mod_plain, p.probe())
print(getmetatable(m).__index == _G, getmetatable(p))
package.seeall(p)
print(getmetatable(p).__index == _G)
print(pcall(package.seeall))
print(pcall(package.seeall, 1))
local t = setmetatable({}, {__index = {}})
package.seeall(t)
print(getmetatable(t).__index == _G)
notatable = 5
print(pcall(module, "notatable"))
print(pcall(module, "notatable.inner"))
print(pcall(module))
print(pcall(module, 1))
existing = {keep = true}
local f = loadstring("module('existing') return keep, _NAME")
print(f())

-- require through a deterministic package.path: templates with '?', dots in names becoming
-- folder separators, the name passed to the chunk, and package.loaded during and after loading.
package.path = "./data/?.lua"
package.cpath = ""
local m = require("plain")
print(m.name, type(m.loaded_during), package.loaded.plain == m, require("plain") == m)
print(require("deep.er.leaf"), package.loaded["deep.er.leaf"])
package.path = "data/deep/?.lua;./data/?.lua"
print(require("er.leaf"))
package.path = "data/?/er/leaf.lua"
print(require("deep"))
package.path = ";;./data/?.lua"
print(type(require("nothing")), loaded_nothing)
package.path = "./data/?.lua"
print(require("nothing"), loaded_nothing, package.loaded.nothing)
print(require("sets_loaded"), package.loaded.sets_loaded)
print(require("returns_false"), package.loaded.returns_false)
print(require("returns_false"), loaded_nothing)

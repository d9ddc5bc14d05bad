-- package.path templates: several '?' in one template, templates without '?', empty templates,
-- names with dots (replaced by '/' everywhere), package.loadlib failures, package.config.
package.cpath = ""
package.path = "data/?/?.lua"
print(require("two"))
package.path = "data/plain.lua"
print(require("anything").name)
package.path = ";;data/?.lua;;"
print(require("nothing"), loaded_nothing)
package.path = "data/?.lua"
print(select(2, pcall(require, "x.y.z")))
package.path = "data/?.lua.?"
print(select(2, pcall(require, "q")))
local r = {package.loadlib("./no_such_library.so", "f")}
print(#r, r[1], type(r[2]))
r = {package.loadlib("./no_such_library.so", "*")}
print(#r, r[1])
print(pcall(package.loadlib))
print(pcall(package.loadlib, "x"))
print(type(package.config), #package.config)
print((package.config:gsub("\n", "|")))

-- package/require basics: preloaded modules, package.loaded, module() in 5.1.
package.preload["mymod"] = function(name) return {name = name, answer = 42} end
local m = require("mymod")
print(m.name, m.answer, package.loaded.mymod == m, require("mymod") == m)
print(package.loaded.string == string, package.loaded._G == _G)
local ok, err = pcall(require, "surely_missing_module_xyz")
print(ok, (err:match("^[^\n]*")))
package.loaded.fake = "cached"
print(require("fake"))
print(type(package.path), type(package.cpath), type(package.loaders))

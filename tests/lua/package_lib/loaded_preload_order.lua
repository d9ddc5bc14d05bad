-- require: package.loaded wins over preload, preload loader gets the name, a loader's
-- nil result stores true, a false value in package.loaded counts as not loaded.
package.preload.alpha = function(...) print("loading alpha", ...) return {v = "alpha"} end
print(require("alpha").v, require("alpha") == package.loaded.alpha)
package.loaded.beta = "preset"
package.preload.beta = function() return "from preload" end
print(require("beta"))
package.preload.gamma = function() end
print(require("gamma"), package.loaded.gamma)
package.preload.delta = function() return false end
print(require("delta"), package.loaded.delta)
package.loaded.eps = false
package.preload.eps = function() return "reloaded" end
print(require("eps"))
package.preload.err = function() error("loader failed") end
print(pcall(require, "err"))
print(type(package.loaded.err))
package.path, package.cpath = "./?.lua", "./?.so"
print(pcall(require))
print(pcall(require, 42 and "no.such.module.anywhere"))
local n = 0
package.preload.counted = function() n = n + 1 return n end
require("counted"); require("counted")
print(n, package.loaded.counted)

-- package.preload and package.loaded: preload functions get the module name, their result is
-- stored (true for nothing or nil), package.loaded hits skip the loaders, false is reloaded.
package.path = ""
package.cpath = ""
package.preload.p1 = function(...) print("loading", ..., select("#", ...)) return {v = 1} end
local a = require("p1")
print(a.v, package.loaded.p1 == a, require("p1") == a)
package.preload.p2 = function() end
print(require("p2"), package.loaded.p2)
package.preload.p3 = function() return nil end
print(require("p3"))
package.preload.p4 = function() return false end
print(require("p4"), package.loaded.p4)
package.preload.p5 = function() return 1, 2, 3 end
print(require("p5"))
package.loaded.p6 = 0
package.preload.p6 = function() return "never" end
print(require("p6"))
package.loaded.p6 = nil
print(require("p6"))
package.preload.p7 = function() error("preload fails") end
print(pcall(require, "p7"))
print(type(package.loaded.p7))
package.preload.p8 = "not a function"
print(pcall(require, "p8"))
package.preload = nil
print(pcall(require, "p9"))

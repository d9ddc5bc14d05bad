-- require with the same module under several names, package.loaded keys as given, names
-- passed to preload and to the loaded chunk, and numbers as module names.
package.path = "./data/?.lua"
package.cpath = ""
local seen = {}
package.preload["alias.one"] = function(n) seen[#seen + 1] = n return {n = n} end
package.preload["alias.two"] = package.preload["alias.one"]
local a, b = require("alias.one"), require("alias.two")
print(a.n, b.n, a ~= b, table.concat(seen, ","))
package.preload["5"] = function(n) return "five:" .. type(n) .. n end
print(require(5), require("5"), package.loaded["5"], package.loaded[5])
local m1 = require("plain")
package.loaded.plain = nil
local m2 = require("plain")
print(m1 ~= m2, m2.name)
print(require("deep.er.leaf") == package.loaded["deep.er.leaf"])
local names = {}
for k in pairs(package.loaded) do if type(k) == "string" and (k:find("alias") or k:find("deep") or k == "plain" or k == "5") then names[#names + 1] = k end end
table.sort(names)
print(table.concat(names, " "))

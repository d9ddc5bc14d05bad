-- module() options are called in order with the module table; a module file's return value
-- beats module()'s package.loaded entry only when it is not nil; module reuses loaded tables.
package.path = "./data/?.lua"
package.cpath = ""
local m = require("mod_options")
print(m.value, m.opt1, m._NAME, m == mod_options)
local r = require("mod_returns")
print(r, type(mod_returns), package.loaded.mod_returns)
package.loaded.pre = {already = true}
local f = loadstring("module('pre') return already, _NAME, _M")
setfenv(f, _G)
local a, n, mm = f()
print(a, n, mm == package.loaded.pre)
print(pre == package.loaded.pre, rawget(_G, "pre") ~= nil)
local g = loadstring("module('n1.n2', package.seeall) return _PACKAGE, _NAME")
print(g())
print(type(n1), type(n1.n2), n1.n2._PACKAGE)
local h = loadstring("local a, b = ... module(a, b) return _NAME")
print(h("viaargs", package.seeall))
print(pcall(loadstring("module('bad', 5)")))
print(pcall(loadstring("module('bad2', {})")))

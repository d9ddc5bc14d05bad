-- module() inside a file loaded by require: package.loaded, _NAME, _M, _PACKAGE, seeall
package.path = "data/?.lua;data/?/init.lua"
package.cpath = "./?.so"
local m = require("modx")
print(type(m), m == package.loaded.modx, m == modx, m._NAME, m._PACKAGE, m._M == m)
print(m.hello(), m.value)
local s = require("pkg.sub")
print(s == pkg.sub, s.info())
print(require("modx") == m)
print(require("returns_nothing"), x_loaded, package.loaded.returns_nothing)
print(require("returns_nothing"), x_loaded)
print(require("returns_false"), package.loaded.returns_false)
print(require("returns_false"))
local ok, e = pcall(require, "syntaxerr")
print(ok, (string.gsub(e, "\n", "|")))
local ok2, e2 = pcall(require, "does.not.exist")
print(ok2, (string.gsub(e2, "\n", "|")))
package.loaded.fake = "fakevalue"
print(require("fake"))
package.preload.pre = function(name) return {name = name} end
print(require("pre").name)
print(pcall(require))
local t = {}
module("mymod.inner", package.seeall)
print(_NAME, _PACKAGE, mymod.inner == _M)

-- module(): nested names create a.b.c tables, _NAME/_M/_PACKAGE, package.seeall gives the
-- module a metatable over _G, reuse of an existing table, and a module without seeall.
local print, G, module = print, _G, module
module("a.b.c", package.seeall)
print(_NAME, _PACKAGE, _M == a.b.c, type(a), type(a.b), package.loaded["a.b.c"] == _M)
x = 1
print(a.b.c.x, rawget(_G, "x"))
print(getmetatable(_M).__index == _G)
module("a.b")
print(_NAME, _PACKAGE, _M == G.a.b, _M.c ~= nil, G.package.loaded["a.b"] == _M)
print(a, string, c._NAME)
module("top")
print(_NAME, _PACKAGE, _M == G.top)

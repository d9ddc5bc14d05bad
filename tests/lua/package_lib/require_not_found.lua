-- the "module 'x' not found:" message lists every file tried by the Lua and C searchers
-- (templates in order, dots as separators, the all-in-one searcher's root name) and the preload.
package.path = "./data/?.lua;./data/?/init.lua;x?y"
package.cpath = "./data/?.so;./lib?.so"
local ok, e = pcall(require, "missing")
print(ok)
print(e)
ok, e = pcall(require, "a.b.c")
print(e)
package.path = ""
package.cpath = ""
print(select(2, pcall(require, "none")))
package.path = ";;"
package.cpath = "?"
print(select(2, pcall(require, "z")))
package.path = "no_template"
package.cpath = "./?.so"
print(select(2, pcall(require, "q")))
print(pcall(require))
print(pcall(require, 12))
print(pcall(require, {}))

-- require through odd files: a template naming a directory (fopen succeeds, reading fails),
-- a module with a "#!" first line, an error object that is a table, the chunk's arguments.
package.cpath = ""
package.path = "data/?"
print(pcall(require, "deep"))
package.path = "./data/?.lua"
print(require("shebang"))
local ok, e = pcall(require, "errs_table")
print(ok, type(e), type(e) == "table" and e.code)
print(type(package.loaded.errs_table))
local m = require("mod_args")
print(m.n, m.first, m.second)
package.path = "data/?.lua;data/?"
print(pcall(require, "two"))

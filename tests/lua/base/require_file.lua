-- require loads a module file found through package.path ("./data/?.lua").
package.path = "./data/?.lua"
local m = require("require_file_mod")
print(m.greet("lua"), m.loads)
local m2 = require("require_file_mod")
print(m == m2, m2.loads)
print(package.loaded["require_file_mod"] == m)

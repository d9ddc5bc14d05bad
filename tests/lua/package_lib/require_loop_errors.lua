-- recursive require ("loop or previous error loading module"), modules whose loading failed,
-- and the messages of syntax and runtime errors in module files.
package.path = "./data/?.lua"
package.cpath = ""
print(pcall(require, "rec_a"))
print(pcall(require, "rec_a"))
print(pcall(require, "rec_b"))
print(pcall(require, "self_req"))
print(pcall(require, "syntax_bad"))
print(pcall(require, "runtime_bad"))
print(pcall(require, "runtime_bad"))
print(type(package.loaded.runtime_bad), type(package.loaded.rec_a), type(package.loaded.self_req))
print(type(package.loaded.rec_b), package.loaded.syntax_bad)

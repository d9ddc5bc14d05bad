-- require after a module failed: the loading sentinel stays in package.loaded ("loop or
-- previous error") until cleared; syntax errors leave nothing; self-requiring loaders.
package.path, package.cpath = "./?.lua", "./?.so"
print(pcall(require, "data.c2.runtime_bad"))
print(pcall(require, "data.c2.runtime_bad"))
package.loaded["data.c2.runtime_bad"] = nil
print(pcall(require, "data.c2.runtime_bad"))
print(pcall(require, "data.c2.syntax_bad"))
print(pcall(require, "data.c2.syntax_bad"))
package.preload.selfref = function(name) return require(name) end
print(pcall(require, "selfref"))
print(pcall(require, "selfref"))
package.preload.errobj = function() error({code = 1}) end
local ok, e = pcall(require, "errobj")
print(ok, type(e), e.code, type(package.loaded.errobj))

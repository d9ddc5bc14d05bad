-- module() on an existing table, name conflicts, and package.seeall
local env = getfenv(1)
tbl = {existing = true}
local ok, e = pcall(module, "tbl")
print(ok, e, tbl._NAME, tbl.existing)
notatable = 5
print(pcall(module, "notatable"))
print(pcall(module, "notatable.sub"))
print(pcall(package.seeall))
local x = {}
package.seeall(x)
print(getmetatable(x).__index == _G)
print(type(package.loaders), #package.loaders, type(package.loadlib), type(package.cpath), type(package.config))
print(package.config)

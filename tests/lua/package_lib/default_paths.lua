-- The default package.path and package.cpath, and the "module not found" message
-- that lists every file they name.
print(package.path)
print(package.cpath)
print(select(2, pcall(require, "zz_no_such_module")))
print(select(2, pcall(require, "zz_no.such_module")))

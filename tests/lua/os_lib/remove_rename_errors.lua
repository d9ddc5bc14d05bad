-- os.remove and os.rename results: true, or nil, "<name>: <strerror>", errno; renaming over an
-- existing file, renaming a missing file, removing twice.
local a, b = "remove_rename_errors_a.tmp", "remove_rename_errors_b.tmp"
local function make(n, s) local f = assert(io.open(n, "w")) f:write(s) f:close() end
local function read(n) local f = io.open(n) if not f then return nil end local s = f:read("*a") f:close() return s end
make(a, "A")
print(os.rename(a, b))
print(read(a), read(b))
print(os.rename(a, b))
make(a, "new A")
print(os.rename(a, b), read(b))
print(os.remove(b))
print(os.remove(b))
print(os.remove("no_such_dir_x/file"))
print(os.rename("no_such_dir_x/a", "no_such_dir_x/b"))
print(select("#", os.remove(b)))
print(pcall(os.remove))
print(pcall(os.rename, a))
print(pcall(os.rename, {}, a))

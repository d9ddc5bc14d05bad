-- File names, commands and their output are bytes: a name written in UTF-8 in the
-- source reaches the file system as those bytes, as fopen and popen pass them.
local base = os.tmpname()
os.remove(base)

-- the command's bytes go to the shell unchanged
local p = io.popen("printf %s 'é€' | od -An -tx1")
print((p:read("*a"):gsub("%s+", " ")))
p:close()

-- a file the shell names with the bytes c3 a9 is the file "é"
assert(os.execute("printf made > " .. base .. "_$(printf '\\303\\251')") == 0)
local f = assert(io.open(base .. "_é"))
print(f:read("*a"))
f:close()

-- a file Lua names "ü" is found by the shell under the bytes c3 bc
f = assert(io.open(base .. "_ü", "w"))
f:write("written")
f:close()
p = io.popen("cat " .. base .. "_$(printf '\\303\\274')")
print(p:read("*a"))
p:close()

print(os.rename(base .. "_é", base .. "_ö"))
print(io.open(base .. "_é") == nil, io.open(base .. "_ö") ~= nil)
print(os.remove(base .. "_ö"), os.remove(base .. "_ü"))
print(select(2, os.remove(base .. "_ü")) == base .. "_ü: No such file or directory")
print(select(2, loadfile(base .. "_é")) == "cannot open " .. base .. "_é: No such file or directory")

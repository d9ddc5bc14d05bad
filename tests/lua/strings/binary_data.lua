-- Strings hold arbitrary bytes: zeros, high bytes; %q and byte round trips.
local s = ""
for i = 0, 255, 15 do s = s .. string.char(i) end
print(#s)
local codes = {}
for i = 1, #s do codes[i] = s:byte(i) end
print(table.concat(codes, ","))
local q = string.format("%q", "a\0b\n\r\"\\z\1")
print(#q)
local back = loadstring("return " .. q)()
print(back == "a\0b\n\r\"\\z\1")
print(("\0\0\0"):rep(3) == "\0\0\0\0\0\0\0\0\0")
print(("a\0b"):upper() == "A\0B")
print(("abc\0def"):find("\0", 1, true))
print(("abc\0def"):find("d"))
local t = {}
t["a\0b"] = 1
t["a\0c"] = 2
print(t["a\0b"], t["a\0c"], t["a"])

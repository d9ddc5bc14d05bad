-- Long strings from rep, gsub and concat: lengths, ends, and operations on them.
local s = ("abc"):rep(100000)
print(#s, s:sub(1, 6), s:sub(-6), s:byte(300000), s:find("cab", 299990))
local g, n = s:gsub("b", "BB")
print(#g, n, g:sub(1, 8))
local parts = {}
for i = 1, 10000 do parts[i] = tostring(i) end
local joined = table.concat(parts, ",")
print(#joined, joined:sub(-11), select(2, joined:gsub(",", ",")))
print(#(("x"):rep(2^16)), #(("xy"):rep(2^15, nil)), ("-"):rep(40))
local up = s:upper()
print(up:sub(1, 3), #up, up:reverse():sub(1, 3), s:match("(c)(a)", 299997))
print(#string.format("%s%s", s, s), (s .. s):len())

-- Checks in the style of the 5.1 test suite: operator priorities, string escapes with NULs,
-- format strings holding NULs, rep/reverse of binary strings, comments at end of chunks.
print(2^3^2 == 2^(3^2), 2^3*4 == (2^3)*4, 2^-2 == 1/4, -2^- -2 == - - -4)
print(not nil and 2 and not(2>3 or 3<2), -3-1-5 == 0+0-9, -2^2 == -4, (-2)^2 == 4, 2*2-3-1 == 0)
print(2*1+3/3 == 3, 1+2 .. 3*1 == "33", not(2+1 > 3*1) and "a".."b" > "a")
print("\0\0\0" == "\0\0\0", #"\0\0\0", ("\0ab"):byte(1, -1))
local s = string.format("%s\0 is not \0%s", "not be", "be")
print(#s, (s:gsub("%z", "<0>")))
print(string.format("%s %s %s", "a\0b", 1, 2):byte(1, -1))
print(#string.rep("tes\00t", 3), string.rep("tes\00t", 2) == "tes\0ttes\0t", string.reverse("\0\1\2\3"):byte(1, -1))
print(tostring(-1203), tostring(1203.125), tostring(-0.5), tostring(-32767), tostring(1e300 * 1e10))
print(string.format("%x", 0.3), string.format("%d", -0.9), string.format("%-16c|", 97), string.format("%5.2s|", "alo"))
print(loadstring("return 1\n--comment without ending EOL")())
print(loadstring("return 2 --[[ long comment at end ]]")())
print(loadstring("return 3 -- comment\r\n")())
print(#string.format("%99d", 1), #string.format("%.99f", 1) > 99)
print(string.format("%s", 1.5), string.format("%5s|", true and "t"), string.format("%%c=%c", 0):byte(1, -1))
local a = {}
for i = 1, 5 do a[i] = string.char(i * 50) end
print(table.concat(a):byte(1, -1))
print(("\65\066\0067"):byte(1, -1))
print(string.find("abc\0efg", "\0", 1, true), string.find("abc\0efg", "%z"), ("a\0b"):rep(2, "x"):len())

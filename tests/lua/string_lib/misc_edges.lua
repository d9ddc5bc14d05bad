-- string library corners: negative and out-of-range indices, rep with zero and negative
-- counts, byte/char ranges, find with init past the end and plain finds, lower/upper of 8-bit
-- bytes, len of embedded zeros, and the method syntax on numbers through coercion.
local s = "hello"
print(s:sub(-3), s:sub(2, -2), s:sub(0), s:sub(10), s:sub(-100, 2), s:sub(3, 2) == "")
print(("ab"):rep(3), ("ab"):rep(0) == "", ("ab"):rep(-1) == "", ("x"):rep(1))
print(s:byte(), s:byte(-1), s:byte(10), select("#", s:byte(10)), s:byte(1, 3))
print(string.char(), string.char(72, 105), pcall(string.char, 256), pcall(string.char, -1))
print(s:find("l"), s:find("l", 4), s:find("l", 10), s:find("", 10), s:find("", 6))
print(s:find("l", -2), s:find(".", 1, true), ("a.b"):find(".", 1, true))
print(("\0a\0"):len(), #"\0\0\0", ("A\200z"):lower():byte(2), ("a\233Z"):upper():byte(2))
print(string.len(123), string.rep(5, 2), string.upper(1.5), string.reverse(12))
print(pcall(string.rep), pcall(string.rep, "x"), pcall(string.len))
print(string.format("%5s|%-5s|%.2s", "ab", "cd", "xyz"))
print(string.format("%q", "a\nb\0c\"d\\"))
print(string.format("%d %5.1f %x %X %o %e", 42, 3.14159, 255, 255, 8, 12345.678))
print(pcall(string.format, "%d", "x"), pcall(string.format, "%y", 1))
print(string.format("%s %s", 1, 2.5), string.format("%%"), string.format("%c", 65))
print(("abc"):reverse(), (""):reverse() == "", ("x"):upper())
print(tostring(nil), tostring(true), tostring(12), tostring(-0.5), tostring(1e100))

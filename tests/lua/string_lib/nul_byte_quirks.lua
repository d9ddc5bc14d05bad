-- Embedded zeros: format's %s and %c go through C strings (truncating at the zero),
-- the matcher ends a pattern at a zero (find without special characters compares
-- every byte), %z matches one, replacements keep them, tonumber ignores what follows.
print(#string.format("%s", "a\0b"), #string.format("%5s", "a\0b"), #string.format("%.5s", "a\0bcd"))
print(#string.format("%s", ("a\0"):rep(60)), #string.format("%-3s|", "\0"))
print(("xa\0b"):find("a\0c"), ("xa\0b"):match("a\0c"), ("a\0b"):gsub("\0", "-"))
print(("a\0b"):find("\0", 1, true), ("a\0b"):find("%z"), ("a\0b"):find("[%z]"))
print(("abc"):gsub("b\0", "X"))
print(string.format("%q", "a\0b"):byte(1, -1))
print(pcall(error, "a\0b"))
print(#tostring("a\0b"), ("a\0b"):upper():byte(1, -1))
print(("x"):rep(3, nil))
print(string.format("%c%c%c", 97, 0, 98):byte(1, -1))
print(string.format("%d\0%d", 1, 2):byte(1, -1))
print(string.format("%s\0", "x"):byte(1, -1))
print(loadstring("return 'a\\0b'")():byte(1, -1))
print(("a.b\0c"):find(".", 1, true), ("a\0"):len())
print(tonumber("12\0"), tonumber("0x10\0"), tonumber("\0"))
print(string.format("[%10.4s]", "ab\0cdef"))

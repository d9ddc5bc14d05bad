-- string.byte and string.char: ranges, negative indices, out-of-range, all 256 bytes.
local s = "Hello"
print(s:byte(), s:byte(1), s:byte(-1), s:byte(2, 4))
print(s:byte(10), s:byte(0), s:byte(3, 2))
print(select("#", s:byte(1, -1)), select("#", s:byte(6, 10)))
print(string.char(72, 105), string.char(), #string.char(0, 0))
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local bytes = table.concat(all)
print(#bytes, bytes:byte(1), bytes:byte(256), bytes:byte(129))
local sum = 0
for i = 1, #bytes do sum = sum + bytes:byte(i) end
print(sum)
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(pcall(string.char, "65"))
print(pcall(string.char, "x"))
print(string.byte("abc", -2, -1))
print(string.byte("abc", -10, 10))
print(string.char(228, 246, 252) == "\228\246\252")

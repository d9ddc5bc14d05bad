-- %s with widths and precisions on strings with embedded zeros and numbers.
print(string.format("[%5s][%-5s][%.1s]", "ab", "ab", "ab"))
print(string.format("[%s]", 12.25), string.format("[%8.3s]", 123456))
print(#string.format("%s", "a\0b"), #string.format("%5s", "a\0b"))
print(string.format("%s%s%s", "x", 1, "y"))
print(pcall(string.format, "%5.1000s", "x"))

-- Printing strings with control characters writes the raw bytes.
io.write("a\tb\n")
io.write("bell:\a|\n")
io.write("cr:\r|\n")
io.write("zero:\0|\n")
io.write("high:\200\255|\n")
print("v:\v|f:\f|")
print("backslash:\\", "quote:\"", "apos:\'")

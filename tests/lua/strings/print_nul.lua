-- print writes each argument with fputs, so it stops at an embedded NUL; io.write does not.
print("a\0b", "c")
print(#"a\0b")
io.write("x\0y", "\n")

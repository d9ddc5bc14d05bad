-- bytes above 127 go out unchanged
io.write("\200\255\0end\n")
print(#..., (...))

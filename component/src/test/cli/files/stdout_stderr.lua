io.write("out1\n")
io.stderr:write("err1\n")
print("out2")
error("late")

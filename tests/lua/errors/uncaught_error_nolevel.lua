-- An uncaught error with level 0 has no position prefix.
io.write("partial line ")
error("plain message", 0)

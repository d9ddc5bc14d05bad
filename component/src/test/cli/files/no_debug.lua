-- lua.c prints an error with debug.traceback(msg, 2) when debug.traceback is a function
debug = nil
local t = nil
t.x = 1

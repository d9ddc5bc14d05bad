-- pipes left open when the program ends are closed by lua_close (pclose waits for the
-- command), for reading and writing pipes, with or without pending data.
local p = io.popen("sleep 0.3; echo never read")
print(io.type(p))
local w = io.popen("cat > /dev/null", "w")
w:write("pending data")
local q = io.popen("echo partly")
print(q:read(2))
print("end of program")

-- A __gc metamethod runs with debug hooks off (GCTM clears allowhook): the hook sees the
-- collectgarbage call, but nothing of the finalizer or of what it calls.
local p = newproxy(true)
getmetatable(p).__gc = function() print("gc", debug.getinfo(1, "n").name) end
debug.sethook(function(e) print(e, debug.getinfo(2, "n").name, debug.getinfo(2, "S").what) end, "crl")
p = nil
collectgarbage()
debug.sethook()
print("done")

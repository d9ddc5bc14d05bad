-- xpcall with debug.traceback as handler: first line of the message
local function lvl3() local x = nil; return x.field end
local function lvl2() return lvl3() end
local ok, msg = xpcall(lvl2, debug.traceback)
print(ok, (msg:match("^[^\n]*")))
print((msg:gsub("\n.*", "")))
local lines = {}
for l in msg:gmatch("[^\n]+") do lines[#lines + 1] = l end
print(lines[2])
print(debug.traceback("msg", 1):match("^[^\n]*"))
print(type(debug.traceback()), debug.traceback(42), debug.traceback(nil))
print(debug.traceback({}) ~= nil)

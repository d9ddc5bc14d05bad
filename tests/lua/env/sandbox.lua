-- A small sandbox: only whitelisted functions are visible to loaded code.
local safe = {print = print, tostring = tostring, string = {upper = string.upper}}
local code = [[
print(tostring(os), tostring(io), string.upper("safe"))
x = 1
return x
]]
local f = loadstring(code)
setfenv(f, safe)
print(pcall(f))
print(safe.x, x)
local bad = loadstring("os.exit(1)")
setfenv(bad, safe)
print(pcall(bad))

-- tostring on every type (addresses stripped), and __tostring.
print(tostring(nil), tostring(true), tostring(false), tostring(12), tostring("s"))
local function kind(v) return (tostring(v):gsub("0x%x+", "ADDR"):gsub(": %x+$", ": ADDR")) end
print(kind({}), kind(print), kind(function() end), kind(coroutine.create(function() end)))
print(kind(io.stdout))
local t = setmetatable({}, {__tostring = function() return "custom" end})
print(tostring(t), t)
print(pcall(tostring))
local bad = setmetatable({}, {__tostring = function() return 42 end})
print(pcall(tostring, bad))
local bad2 = setmetatable({}, {__tostring = function() return nil end})
print(pcall(tostring, bad2))

-- Stack overflow inside xpcall: the handler still runs and gets the message.
local function inf() return 1 + inf() end
print(xpcall(inf, function(m) return "handled: " .. tostring(m) end))
local depth = 0
local function count() depth = depth + 1; return count() + 1 end
pcall(count)
print(depth > 1000, depth < 1000000)

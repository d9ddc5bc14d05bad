-- os.time with a table: differences between dates are independent of the time zone.
local a = os.time({year = 2000, month = 1, day = 1, hour = 12})
local b = os.time({year = 2000, month = 3, day = 1, hour = 12})
local function days(x, y) return math.floor(os.difftime(x, y) / 86400 + 0.5) end
print(days(b, a))
local c = os.time({year = 2001, month = 1, day = 1, hour = 12})
print(days(c, a))
local d = os.time({year = 2000, month = 1, day = 32, hour = 12})
print(days(d, a))
print(pcall(os.time, {year = 2000}))
print(os.date("%Y-%m-%d", os.time({year = 2010, month = 6, day = 15, hour = 12})))

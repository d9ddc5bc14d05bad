-- os.time leaves its table alone; dates at 2^31, before 1970 and year 9999
local t = {year = 2000, month = 13, day = 40, hour = 30}
local r = os.time(t)
print(t.month, t.day, t.hour, t.min, t.yday)
print(os.date("!%Y-%m-%d %H:%M:%S", 2^31), os.date("!%Y-%m-%d", -2^31), os.date("!%Y", 253402300799))
local d = os.date("!*t", 951782400)
print(d.year, d.month, d.day, d.wday, d.yday, d.isdst)
print(os.date("!%A %B %d", 0 - 86400), os.date("!%y %C %G %g %V", 1609459200))
print(pcall(os.date, "*t", 2^60))
print(os.time({year = 1970, month = 1, day = 1, hour = 0, sec = 0, isdst = false}) ~= nil)

-- os.clock is a number that does not go backwards, difftime with one and two arguments,
-- os.getenv of a missing variable, os.time of a fixed UTC date through os.date("!*t").
local c1 = os.clock()
local x = 0
for i = 1, 100000 do x = x + i end
local c2 = os.clock()
print(type(c1), c2 >= c1, x)
print(os.difftime(10, 4), os.difftime(5), pcall(os.difftime))
print(os.getenv("LUNACY_SURELY_UNSET_VARIABLE"), pcall(os.getenv))
local t = os.date("!*t", 86400 * 365)
print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst)
print(os.date("!%Y-%m-%d %H:%M:%S", 0), os.date("!%j %a %b", 1e9))
print(pcall(os.date, "!%Y", "x"))
print(type(os.time()), os.time({year = 2000, month = 1, day = 1, hour = 12}) > 0)
print(pcall(os.time, {year = 2000}))

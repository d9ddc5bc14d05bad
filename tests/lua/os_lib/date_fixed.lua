-- os.date with fixed times in UTC ("!"), table form, and os.time round trip in UTC fields.
print(os.date("!%Y-%m-%d %H:%M:%S", 0))
print(os.date("!%Y-%m-%d %H:%M:%S", 1234567890))
print(os.date("!%A %B %j %p %y", 86400 * 365))
local t = os.date("!*t", 1000000000)
print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst)
print(os.date("!%d/%m/%Y", 951782400))
print(os.date("!%%"))
print(type(os.date()), type(os.time()), type(os.clock()))

-- os.time normalizes out-of-range fields like mktime (month 13, day 0, negative hours, seconds
-- over a day); differences between results are the same in every time zone away from DST.
local base = os.time({year = 2001, month = 1, day = 1, hour = 12})
local function at(t) return (os.time(t) - base) / 86400 end
print(at({year = 2000, month = 13, day = 1, hour = 12}))
print(at({year = 2001, month = 1, day = 0, hour = 12}))
print(at({year = 2001, month = 0, day = 1, hour = 12}))
print(at({year = 2001, month = 1, day = 32, hour = 12}))
print(at({year = 2001, month = 3, day = 0, hour = 12}))
print(at({year = 2001, month = 1, day = 1, hour = 36}))
print(at({year = 2001, month = 1, day = 1, hour = -12}))
print(at({year = 2001, month = 1, day = 1, hour = 12, min = 1440}))
print(at({year = 2001, month = 1, day = 1, hour = 12, sec = -86400}))
print(at({year = 2001, month = 25, day = 1, hour = 12}))
print(at({year = 2001, month = -11, day = 1, hour = 12}))
print(at({year = 2001, month = 1, day = 366, hour = 12}))
print(at({year = 2000, month = 2, day = 29, hour = 12}), at({year = 2000, month = 2, day = 30, hour = 12}))
print(at({year = 1999, month = 2, day = 29, hour = 12}))

-- os.date("!...") through glibc's strftime in the C locale: every byte after '%', at times
-- across the whole range (negative and huge years), "*t", and times that cannot be dates.
local times = {0, 1, -1, 86399, 951782400, 1234567890, 1700000000, 2147483647, -2147483648,
  -62135596800, -62135596801, -62167219200, 253402300799, 253402300800, 1e11, -1e11, 1e12,
  -1e12, 1e15, -1e15, 2^55, -2^55, 12.7, -12.7, "86400"}
local convs = {}
for c = 1, 255 do
  if c ~= 115 then convs[#convs + 1] = "%" .. string.char(c) end -- %s is mktime: local time
end
local fmt = "!" .. table.concat(convs, "|")
for _, t in ipairs(times) do
  print(t, os.date(fmt, t))
  local d = os.date("!*t", t)
  print(d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday, d.isdst)
end
local day = 86400
for i = 0, 40 do
  local t = 946684800 + i * 9 * day
  io.write(os.date("!%F %a %U %W %V %G %g %j %u %w|", t))
end
print()
print(os.date("!%c", 2^56), os.date("!*t", 2^60), os.date("!%Y", 0 / 0), os.date("!%Y", 1 / 0))
print(os.date("!*tx", 0), os.date("!a\0b", 0), os.date("!%", 0), os.date("!%%%", 0), os.date("!", 0))
print(os.date("!%Y-%m-%d %H:%M:%S", 0), os.date("!%x %X %p %I %l %k", 50000))
print(pcall(os.date, "%Y", "x"))
print(pcall(os.date, {}))
print(type(os.date()), type(os.date("*t")), os.date("%%"))

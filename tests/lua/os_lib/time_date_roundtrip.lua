-- os.time(os.date("*t", t)) gives t back in any time zone; "*t" fields are in range; the
-- "!*t" and "*t" tables agree on minutes and seconds for whole-hour zones.
local ok = true
for _, t in ipairs({0, 86400, 951782400, 1000000000, 1234567890, 1700000000, 2000000000}) do
  local d = os.date("*t", t)
  if os.time(d) ~= t then ok = false print("mismatch", t) end
  local u = os.date("!*t", t)
  print(t, d.sec == u.sec, type(d.isdst), d.month >= 1 and d.month <= 12, d.yday >= 1 and d.yday <= 366)
end
print(ok)
local now = os.time()
local d = os.date("*t", now)
print(os.time(d) == now, os.date("%Y", now) == tostring(d.year))
print(os.date("!%Y-%m-%d %H:%M:%S", os.time({year = 2020, month = 6, day = 15, hour = 12}) - os.time({year = 2020, month = 6, day = 15, hour = 12}) + 86400 * 3))

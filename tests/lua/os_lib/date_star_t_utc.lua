-- os.date("!*t", t): every field of the table (sorted) for fixed times, including yday, wday,
-- isdst, leap days and the last second of a year; and the table's key order.
local function show(t)
  local d = os.date("!*t", t)
  local k = {}
  for n, v in pairs(d) do k[#k + 1] = n .. "=" .. tostring(v) end
  table.sort(k)
  print(t, table.concat(k, " "))
end
for _, t in ipairs({0, 1, 59, 3600, 86399, 86400, 951782400, 951868799, 978307199, 1234567890, 1700000000, 2147483647}) do
  show(t)
end
local order = {}
for n in pairs(os.date("!*t", 0)) do order[#order + 1] = n end
print(table.concat(order, " "))
print(os.date("!*t", 0.9).sec, os.date("!*t", 59.99).sec)
print(pcall(os.date, "!*t", "x"))
print(os.date("!*t", "86400").day)

-- os.date("!%<c>") for each strftime conversion one at a time, at three fixed times,
-- plus literal text, repeated conversions, an empty format and "%" at the end.
local times = {0, 1234567890, 1700000000}
for _, c in ipairs({"a", "A", "b", "B", "c", "d", "H", "I", "j", "m", "M", "p", "S", "U", "w", "W", "x", "X", "y", "Y", "%"}) do
  local out = {}
  for i, t in ipairs(times) do out[i] = os.date("!%" .. c, t) end
  print(c, table.concat(out, " | "))
end
print(os.date("!date: %Y/%m/%d time: %H.%M.%S", 1234567890))
print(os.date("!%Y%Y%Y", 0))
print("[" .. os.date("!", 0) .. "]")
print(os.date("!no conversions", 0))
print(os.date("!100%%", 0))
print(os.date("!%H:%M", 1e9), os.date("!%H:%M", 1e9 + 0.5))
print(type(os.date()), type(os.date("%c")), type(os.date("*t")))

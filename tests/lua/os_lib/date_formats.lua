-- os.date("!...") with many strftime conversions at a fixed timestamp.
local ts = 1700000000
for _, f in ipairs({"%a", "%A", "%b", "%B", "%d", "%H", "%I", "%j", "%m", "%M", "%p", "%S", "%w", "%y", "%Y", "%%", "%c", "%x", "%X", "%D", "%e", "%T"}) do
  print(f, os.date("!" .. f, ts))
end

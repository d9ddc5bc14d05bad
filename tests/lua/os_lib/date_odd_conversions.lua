-- os.date with less common strftime conversions (fixed UTC time)
local t = 1234567890
for _, c in ipairs({"e", "D", "F", "T", "R", "n", "t", "h", "C", "g", "G", "V", "u", "k", "l", "P", "r", "s", "Q", "E", "O", "Ey", "Od", "5", "+", "%%"}) do
  print(c, "[" .. os.date("!%" .. c, t) .. "]")
end
print("[" .. os.date("!abc%", t) .. "]")
print("[" .. os.date("!%Y%m%d%H%M%S", 0) .. "]")
print(os.date("!%x %X %p", 43200), os.date("!%I %p", 0))
print(os.date("!*t", 0).isdst, os.date("!*t", -86400).year)

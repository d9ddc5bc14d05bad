-- string.format: each conversion (d i u c o x X e E f g G q s %) with flags,
-- widths and precisions on a few values.
local conv = {"d", "i", "u", "o", "x", "X", "e", "E", "f", "g", "G"}
local vals = {0, 1, -1, 42, 255, 3.75, -3.75, 1e10, 2^31, -2^31}
for _, c in ipairs(conv) do
  local row = {}
  for _, v in ipairs(vals) do row[#row + 1] = string.format("%" .. c, v) end
  print(c, table.concat(row, " "))
end
local flags = {"%5d", "%-5d|", "%05d", "%+d", "% d", "%#o", "%#x", "%#X", "%.3d", "%8.3f", "%-8.2e|",
  "%+.1f", "%#.0f", "%.0f", "%#g", "%.3g", "%10.4g", "%-10s|", "%.1s", "%5.2s|", "%c%c"}
for _, f in ipairs(flags) do
  print(f, string.format(f, 7, 8))
end
print(string.format("%5.1f|%-7.3f|%07.2f", 3.14159, 2.71828, -1.5))
print(string.format("%e", 0), string.format("%g", 1e20), string.format("%g", 1e-5), string.format("%g", 123456789))
print(string.format("%x", 3.9), string.format("%d", -3.9), string.format("%d", "12"), string.format("%x", "0x10"))
print(string.format("%s|%s", 1.5, "s"), pcall(string.format, "%s", nil), pcall(string.format, "%s", true))
print(string.format("%c", 0) == "\0", string.format("%c", 256 + 65))
print(pcall(string.format, "%5%"))
print(pcall(string.format, "%5%", 1))
print(string.format("no conversions"), string.format(""))
print(string.format("%d%%", 50))
print(string.format("%3c|%-3c|", 65, 66))
print(string.format("%.14g %.17g %.20f", 0.1, 0.1, 0.1))
print(string.format("%99d", 1):len(), string.format("%.99f", 1):len())

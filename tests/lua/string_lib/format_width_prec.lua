-- string.format flags, widths and precisions for numbers and strings
local fmts = {"%5d", "%-5d", "%05d", "%+5d", "% 5d", "%5.3d", "%x", "%#x", "%5.1f", "%-8.3f", "%08.2f",
  "%+.2f", "%.0f", "%#.0f", "%e", "%.2E", "%g", "%.3g", "%#g", "%10.4g", "%-10g|", "%o", "%#o", "%c"}
for _, f in ipairs(fmts) do
  io.write(f, " [", string.format(f, 65.75), "] [", string.format(f, -3), "]\n")
end
print(string.format("%.99f", 1):len())
print(string.format("%99.2f|", 1):len())
print(string.format("%.3s|%3s|%-3s|", "abcdef", "a", "b"))
print(string.format("%5s|%-5s|%.1s", "", "", ""))
print(string.format("%s %s", "a\0b", "c"):len())
print(pcall(string.format, "%5.3s", "\0abc"))

-- %q on every byte value: only '"', '\\', newline, carriage return and zero
-- are escaped by lua5.1; the quoted form loads back to the same string.
local out = {}
for i = 0, 255 do
  local q = string.format("%q", string.char(i))
  if #q ~= 3 then out[#out + 1] = i .. "=" .. q:gsub("\n", "NL") end
end
print(table.concat(out, " "))
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
local q = string.format("%q", all)
print(#q, loadstring("return " .. q)() == all)
print(string.format("%q", "tab\there"), string.format("%q", ""), string.format("%q", "\\n"))
print(string.format("%q", 12.5), string.format("%q", 1e100), string.format("%q", -7))
print(pcall(string.format, "%q", nil))
print(pcall(string.format, "%q", {}))
print(string.format("%q|%q", "a", "b"), string.format("%5q", "x"))

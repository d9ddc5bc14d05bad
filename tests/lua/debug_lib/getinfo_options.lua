-- debug.getinfo with each option letter alone (which fields appear), levels and functions,
-- C functions, the main chunk, and invalid options or levels.
local function keys(t)
  if not t then return "nil" end
  local k = {}
  for n in pairs(t) do k[#k + 1] = n end
  table.sort(k)
  return table.concat(k, ",")
end
local function sample(a, b) return debug.getinfo(1, "nSlu") end
for _, o in ipairs({"n", "S", "l", "u", "f", "L", "", "nSl", "Sluf"}) do
  print(o, keys(debug.getinfo(sample, o)), keys(debug.getinfo(1, o)))
end
local i = debug.getinfo(sample, "S")
print(i.what, i.source, i.short_src, i.linedefined, i.lastlinedefined)
i = debug.getinfo(sample, "u")
print(i.nups)
i = debug.getinfo(print, "Snlu")
print(i.what, i.source, i.short_src, i.linedefined, i.lastlinedefined, i.currentline, i.nups, i.name)
i = debug.getinfo(1, "S")
print(i.what, i.source, i.linedefined, i.lastlinedefined)
i = sample()
print(i.name, i.namewhat, i.currentline, i.nups)
print(debug.getinfo(1, "f").func ~= nil, debug.getinfo(sample, "f").func == sample)
local lines = {}
for l in pairs(debug.getinfo(sample, "L").activelines) do lines[#lines + 1] = l end
table.sort(lines)
print(table.concat(lines, " "))
print(debug.getinfo(100))
print(pcall(debug.getinfo, 1, "x"))
print(pcall(debug.getinfo, 1, "S>"))
print(pcall(debug.getinfo, {}))
print(pcall(debug.getinfo))
print(debug.getinfo(1, "l").currentline, debug.getinfo(2, "S").what)

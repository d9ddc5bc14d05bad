-- debug.getinfo on builtins, on levels beyond the stack, with each option letter; getlocal,
-- getupvalue and setupvalue argument errors and out-of-range indices.
local i = debug.getinfo(print)
print(i.what, i.source, i.short_src, i.currentline, i.linedefined, i.lastlinedefined, i.nups, i.func == print)
local function f(a, b) local c = 1; return debug.getinfo(1, "nSl") end
local fi = f()
print(fi.what, fi.name, fi.namewhat, fi.short_src, fi.currentline, fi.linedefined, fi.lastlinedefined)
print(debug.getinfo(100), debug.getinfo(2, "S").what)
print(pcall(debug.getinfo, "x"))
print(pcall(debug.getinfo, 1, "q"))
print(pcall(debug.getinfo, {}))
print(pcall(debug.getinfo))
local main = debug.getinfo(1, "S")
print(main.what, main.short_src, main.linedefined, main.source)
local up1, up2 = "u1", "u2"
local function g() return up1, up2 end
print(debug.getupvalue(g, 1), debug.getupvalue(g, 2), debug.getupvalue(g, 3), debug.getupvalue(g, 0))
print(debug.setupvalue(g, 2, "new"), g())
print(debug.setupvalue(g, 5, "x"), debug.getupvalue(print, 1))
print(pcall(debug.getupvalue, 1, 1))
print(pcall(debug.getupvalue, g))
print(debug.getlocal(1, 1), debug.getlocal(1, 100))
print(pcall(debug.getlocal, 50, 1))
print(pcall(debug.getlocal, "x", 1))
print(pcall(debug.setlocal, 50, 1, 1))
local function h(x, y)
  local z = x + y
  local names = {}
  local n = 1
  while true do
    local name, val = debug.getlocal(1, n)
    if not name then break end
    names[#names + 1] = name .. "=" .. type(val)
    n = n + 1
  end
  return table.concat(names, " ")
end
print(h(1, 2))
local function vf(...) local a, b = debug.getlocal(1, 1); return a, type(b), b.n end
print(vf(7, 8))
print(debug.getinfo(1, "f").func ~= nil, debug.getinfo(f, "u").nups, debug.getinfo(g, "u").nups)
local li = debug.getinfo(h, "L").activelines
local lines = {}
for l in pairs(li) do lines[#lines + 1] = l end
table.sort(lines)
print(table.concat(lines, " "))
print(debug.traceback("msg", 50))
print(debug.traceback(12), debug.traceback({}) ~= nil, debug.traceback(nil))

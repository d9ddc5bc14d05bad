-- debug.getinfo: source fields, current lines, and names from the calling instruction.
local function show(t)
  local k = {}
  for key, v in pairs(t) do
    if key ~= "func" and key ~= "activelines" then k[#k + 1] = key .. "=" .. tostring(v) end
  end
  table.sort(k)
  return table.concat(k, " ")
end
print(show(debug.getinfo(1)))
local function f() return debug.getinfo(1, "nSl") end
print(show(f()))
local t = {m = function(self) return debug.getinfo(1, "n") end}
print(show(t:m()), show(t.m()))
g = function() return debug.getinfo(1, "n") end
print(show(g()))
print(show(debug.getinfo(print)))
print(show(debug.getinfo(f, "S")))
print(debug.getinfo(100))
print(pcall(debug.getinfo, 1, "x"))
for k in pairs({1}) do print(show(debug.getinfo(1, "n"))) end
print(show(select(2, pcall(debug.getinfo, 2, "nS"))))
print(show(select(2, pcall(debug.getinfo, 1, "nS"))))
local up = 1
local function withups() return up end
print(debug.getinfo(withups, "u").nups, debug.getinfo(print, "u").nups)
print(debug.getinfo(1, "f").func == nil, debug.getinfo(f, "f").func == f)
local function level3() return debug.getinfo(3, "l").currentline end
local function level2() return level3() end
print(level2())

-- Metamethods receive exactly their operands; extra results are truncated to one.
local seen = {}
local mt = {
  __add = function(...) seen[#seen + 1] = "add:" .. select("#", ...); return 1, 2 end,
  __index = function(...) seen[#seen + 1] = "index:" .. select("#", ...); return 3, 4 end,
  __newindex = function(...) seen[#seen + 1] = "newindex:" .. select("#", ...); return 5 end,
  __call = function(...) seen[#seen + 1] = "call:" .. select("#", ...); return 6, 7 end,
  __unm = function(...) seen[#seen + 1] = "unm:" .. select("#", ...); return 8, 9 end,
  __concat = function(...) seen[#seen + 1] = "concat:" .. select("#", ...); return 10, 11 end,
  __lt = function(...) seen[#seen + 1] = "lt:" .. select("#", ...); return nil, true end,
}
local t = setmetatable({}, mt)
print(t + 1, t.x, t(1, 2, 3), -t, t .. "s", t < t)
t.y = 1
print(table.concat(seen, " "))

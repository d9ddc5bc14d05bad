-- select(n, ...) with n a constant or a local: every index, counts, errors, a local select
local function show(...) local t = {n = select("#", ...), ...} local o = {} for i = 1, t.n do o[i] = tostring(t[i]) end return t.n .. ":" .. table.concat(o, ",") end
local function f(...)
  local r = {}
  for _, i in ipairs({1, 2, 3, 4, 5, -1, -2, -3, -4}) do
    r[#r + 1] = tostring((select(i, ...))) .. "/" .. show(select(i, ...))
  end
  local k = 2
  r[#r + 1] = select(k, ...)
  r[#r + 1] = select("#", ...)
  r[#r + 1] = select("#")
  r[#r + 1] = show(select(k, ...))
  return table.concat(r, " ")
end
print(f(10, nil, "a", false))
print(pcall(f))
print(pcall(function(...) return select(0, ...) end, 1, 2))
print(pcall(function(...) return (select(-5, ...)) end, 1, 2))
print(pcall(function(...) local x = 1.5 return (select(x, ...)) end, 1, 2))
print(pcall(function(...) local x = "2" return (select(x, ...)) end, 1, 2))
print(pcall(function(...) local x = "#x" return (select(x, ...)) end, 1, 2))
print(pcall(function(...) local x = {} return (select(x, ...)) end, 1, 2))
print(pcall(function(...) local x = nil return (select(x, ...)) end, 1, 2))
local function g(...) local n = 0 for i = 1, select("#", ...) do n = n + select(i, ...) end return n end
print(g(1, 2, 3, 4), g())
local select = function(...) return "mine", ... end
local function h(...) return (select(2, ...)) end
print(h(7, 8, 9))

local t = {10, 20, 30, nil, 50}
for i, v in ipairs(t) do print("ip", i, v) end
local h = {a = 1, b = 2, c = 3, 4, 5}
local keys = {}
for k, v in pairs(h) do keys[#keys + 1] = tostring(k) .. "=" .. tostring(v) end
table.sort(keys) print(table.concat(keys, " "))
-- modify existing fields during traversal (allowed)
local m = {}
for i = 1, 20 do m["k" .. i] = i end
local n = 0
for k, v in pairs(m) do m[k] = nil; n = n + v end
print("cleared", n, next(m))
-- invalid key during traversal
print(pcall(function() for k in pairs({a = 1}) do end local t = {x = 1} for k in next, t, "nope" do end end))
-- control var numbers in pairs start
local arr = {1, 2, 3, x = 4}
local f = pairs(arr)
for k, v in f, arr, 1 do print("from 1", k, v) end
-- loop vars are locals that can be reassigned
for i, v in ipairs({5, 6, 7}) do i = i * 10; v = tostring(v) .. "!"; print(i, v) end
-- captured loop variables
local fs = {}
for i, v in ipairs({"a", "b"}) do fs[#fs + 1] = function() return i, v end end
for _, g in ipairs(fs) do print(g()) end
for k, v in pairs({p = 1}) do fs[1] = function() return k, v end end
print(fs[1]())
-- ipairs over a table with __index: raw
local proxy = setmetatable({1, 2}, {__index = function(_, k) return k * 100 end})
for i, v in ipairs(proxy) do print("proxy", i, v) end
-- one variable, three variables
for i in ipairs({7, 8}) do print("one", i) end
for i, v, extra in ipairs({7}) do print("three", i, v, extra) end
for k, v, extra in pairs({q = 1}) do print("three", k, v, extra) end
-- mixed array (numbers then strings)
for i, v in ipairs({1.5, "s", true, 4}) do print("mixed", i, v) end
-- debug.getlocal sees the control variables
for i, v in ipairs({42}) do
  local j = 1
  while true do
    local name, val = debug.getlocal(1, j)
    if not name then break end
    print("local", name, type(val) == "function" and "function" or type(val) == "table" and "table" or val)
    j = j + 1
  end
end
-- a coroutine yielding inside the loops
local co = coroutine.wrap(function()
  for i, v in ipairs({1, 2, 3}) do coroutine.yield(i * v) end
  local t2 = {a = 1, b = 2}
  local s = 0
  for k, v in pairs(t2) do s = s + coroutine.yield(v) end
  return "sum " .. s
end)
print(co(), co(), co(), co(), co(10), co(20))
-- growing the table during ipairs
local g = {1, 2}
for i, v in ipairs(g) do if i < 5 then g[#g + 1] = v * 2 end print("grow", i, v) end
-- hot loops (compiled): sums and orders are those of the interpreter
local big, bigh = {}, {}
for i = 1, 300 do big[i] = i * 0.5 end
for i = 1, 300 do bigh["key" .. i] = i end
local function sums()
  local a, b, c = 0, 0, 0
  for i, v in ipairs(big) do a = a + i * v end
  for k, v in pairs(bigh) do b = b + v end
  for k, v in pairs(big) do c = c + k - v end
  return a, b, c
end
local first = {sums()}
local same = true
for r = 1, 3000 do
  local a, b, c = sums()
  if a ~= first[1] or b ~= first[2] or c ~= first[3] then same = false end
end
print("hot", first[1], first[2], first[3], same)
local order = {}
for k in pairs(bigh) do order[#order + 1] = k end
local function walk()
  local i = 0
  for k in pairs(bigh) do i = i + 1 if order[i] ~= k then return false end end
  return i == #order
end
local ok = true
for r = 1, 3000 do ok = ok and walk() end
print("order", ok)
-- the global next as the iterator: the same order, and its own function
local viaNext, viaPairs = {}, {}
for k, v in next, bigh do viaNext[#viaNext + 1] = k end
for k, v in pairs(bigh) do viaPairs[#viaPairs + 1] = k end
local sameOrder = #viaNext == #viaPairs
for i = 1, #viaNext do sameOrder = sameOrder and viaNext[i] == viaPairs[i] end
print("next", #viaNext, sameOrder, pairs({}) == next)
local function nextsum()
  local s = 0
  for k, v in next, bigh, nil do s = s + v end
  return s
end
local ns = nextsum()
for r = 1, 3000 do if nextsum() ~= ns then ns = false end end
print("next hot", ns)
print(pcall(function() for k in next, {a = 1}, "missing" do end end))

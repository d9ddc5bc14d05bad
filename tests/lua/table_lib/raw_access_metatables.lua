-- The table library reads and writes raw: insert/remove/sort/concat/maxn/
-- getn/foreachi ignore __index, __newindex and __len of their table.
local log = {}
local mt = {
  __index = function(t, k) log[#log + 1] = "get " .. tostring(k); return "dflt" end,
  __newindex = function(t, k, v) log[#log + 1] = "set " .. tostring(k); rawset(t, k, v) end,
  __len = function() log[#log + 1] = "len"; return 100 end,
}
local t = setmetatable({}, mt)
table.insert(t, "a")
table.insert(t, "b")
table.insert(t, 1, "z")
print(#log, rawget(t, 1), rawget(t, 2), rawget(t, 3), table.getn(t))
print(table.remove(t, 1), table.remove(t), #log)
print(table.concat(t, ","), table.maxn(t), #log)
local s = setmetatable({3, 1, 2}, mt)
table.sort(s)
print(rawget(s, 1), rawget(s, 2), rawget(s, 3), #log)
table.foreachi(s, function(i, v) io.write(i, "=", v, " ") end)
print(#log)
table.foreach(s, function(k, v) io.write(k, "=", v, " ") end)
print(#log)
local holes = setmetatable({}, {__index = function(_, i) return "from index" end})
print(table.maxn(holes), table.getn(holes), pcall(table.concat, holes, ",", 1, 1))
print(select("#", table.remove(holes)), table.concat(log, ";"))
local ro = setmetatable({}, {__newindex = function() error("read-only") end})
table.insert(ro, "raw")
print(rawget(ro, 1), pcall(function() ro[2] = "x" end))

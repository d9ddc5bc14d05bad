-- "table index is nil/NaN": raised for a new key before __newindex is consulted (luaH_set
-- runs first), and in a constructor on the line of the field's store (its value's last token).
local log = {}
local t = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = tostring(k) end})
print(pcall(function() t[nil] = 1 end))
print(pcall(function() t[0/0] = 2 end))
t.x = 3
print(#log, log[1])
-- an existing key stores raw; __newindex as a table
local u = setmetatable({}, {__newindex = {}})
print(pcall(function() u[nil] = 1 end))
print(pcall(function() u[0/0] = 1 end))
u.y = 1
print(rawget(u, "y"), getmetatable(u).__newindex.y)
-- userdata with __newindex gets nil keys (no luaH_set there)
local p = newproxy(true)
getmetatable(p).__newindex = function(_, k, v) print("proxy store", k, v) end
p[nil] = 5
-- constructors
print(pcall(loadstring("local t = {\n[nil] = 1}", "=s")))
print(pcall(loadstring("local t = {\n\n[0/0] =\n1}", "=s")))
print(pcall(loadstring("local t = {[nil] = {\n}}", "=s")))
print(pcall(loadstring("local t = {x=1,\ny=2,\n[nil]=3,\nz=4}", "=s")))
print(pcall(loadstring("local k\nlocal a = {\n\n[k] =\n\n'v'\n\n}", "=s")))
print(pcall(loadstring("local a = {1, 2, [(nil)] = 3}", "=s")))
-- assignments
print(pcall(loadstring("local t = {}\nt[nil]\n=\n1", "=s")))

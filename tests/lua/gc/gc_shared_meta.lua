-- newproxy(p) shares the metatable of another proxy; __gc sees the object
local base = newproxy(true)
local mt = getmetatable(base)
local names = {}
mt.__gc = function(u) print("gc", names[u]) end
names[base] = "base"
local other = newproxy(base)
names[other] = "other"
print(getmetatable(other) == mt, type(other))
print(pcall(newproxy, {}))
print(newproxy() ~= nil, getmetatable(newproxy()))
print(newproxy(false) ~= nil)

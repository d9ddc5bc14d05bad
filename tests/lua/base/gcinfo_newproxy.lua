-- gcinfo and collectgarbage("count") agree in kind; newproxy creates
-- userdata whose metatables can carry __index, __len, __call, __tostring.
local kb = gcinfo() -- one reading: two calls may see different heaps
print(type(kb), kb >= 0, math.floor(kb) == kb)
print(type(collectgarbage("count")), collectgarbage("count") > 0)
print(select("#", gcinfo()))
local p = newproxy(true)
local mt = getmetatable(p)
mt.__index = function(_, k) return "field " .. k end
mt.__len = function() return 7 end
mt.__call = function(_, a) return "call " .. tostring(a) end
mt.__tostring = function() return "a proxy" end
mt.__concat = function(a, b) return "cat" end
mt.__eq = function() return true end
print(p.x, #p, p(5), tostring(p), p .. "x", "x" .. p)
local q = newproxy(p)
print(q.y, #q, tostring(q), getmetatable(q) == mt)
print(p == q, rawequal(p, q), p == p)
print(pcall(function() p.x = 1 end))
print(pcall(newproxy, {}))
print(pcall(newproxy, "x"))
print(pcall(newproxy, 1))
print(pcall(newproxy, newproxy(false)))
print(type(newproxy(nil)), getmetatable(newproxy(nil)))
local plain = newproxy()
print(pcall(function() return plain.x end))
print(pcall(function() return #plain end))
print(pcall(function() return plain < plain end))
print(type(plain), plain == plain, plain ~= newproxy())

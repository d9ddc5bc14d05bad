-- A key -0 keeps its sign in the table (luaH_newkey stores the key it is given): next and
-- pairs return -0 until the node is reused; 0 and -0 find the same entry.
local z = 0
local nz = -z
local t = {}
t[nz] = "a"
print(next(t), t[0], t[nz])
t[0] = "b"
print(next(t))
local u = {}
u[0] = 1
u[nz] = 2
print(next(u))
local c = {[nz] = 1}
print(next(c))
rawset(c, 0, 3)
print(next(c))
local d = {}
rawset(d, nz, 1)
for k, v in pairs(d) do print(k, v, 1/k) end
d[nz] = nil
d[0] = 5
print(next(d))
local e = {}
e[nz] = 1
e[nz] = nil
for i = 1, 20 do e["k" .. i] = i end
e[0] = "seven"
local found
for k, v in pairs(e) do if v == "seven" then found = k end end
print(found, 1/found)

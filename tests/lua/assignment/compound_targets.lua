-- Assignment targets: nested fields, computed keys, method results, upvalues.
local t = {a = {b = {}}}
t.a.b.c = 1
t["a"]["b"]["d"] = 2
print(t.a.b.c, t.a.b.d)
local function get() return t end
get().x = "via call"
print(t.x)
local k = "dyn"
t[k .. 1] = true
print(t.dyn1)
local up = 0
local function set() up = up + 1 end
set(); set()
print(up)
local s = {}
s[#s + 1] = "a"; s[#s + 1] = "b"
print(#s, s[2])

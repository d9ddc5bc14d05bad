-- Assignment targets mixing locals, upvalues, globals, fields through calls and nested
-- indexing; values swapped and rotated between different kinds of targets.
local t = {a = {b = {}}}
local function get() return t.a end
get().b.c, t.x, glob = "c", "x", "g"
print(t.a.b.c, t.x, glob)
local up = 1
local function rot()
  up, t.x, glob = glob, up, t.x
end
rot()
print(up, t.x, glob)
rot()
print(up, t.x, glob)
local m = {}
m[1], m[2], m[3] = 3, 2, 1
m[m[1]], m[m[2]], m[m[3]] = "a", "b", "c"
print(m[1], m[2], m[3])
local s = "key"
local o = {}
o[s], o[s .. 2], o[#s] = 1, 2, 3
print(o.key, o.key2, o[3])
local n = {}
n.n = n
n.n.n.n.v = "deep"
print(n.v, n.n.v)

-- Table constructors: positional, named, bracketed keys, mixed, trailing separators.
local t = {1, 2, 3, x = "x", ["y z"] = "yz", [10] = 10; 4}
print(t[1], t[2], t[3], t[4], t.x, t["y z"], t[10], #t)
local u = {[1] = "a", "b"}
print(u[1])
local v = {"a", [1] = "b"}
print(v[1])
local w = {[1] = "x", [2] = "y", [3] = "z"}
print(#w, w[3])
local e = {}
print(#e, next(e))
local n = {{1, 2}, {3, {4, 5}}}
print(n[1][2], n[2][2][1], #n[2][2])
local k = {[true] = "t", [false] = "f", [1.5] = "f1.5"}
print(k[true], k[false], k[1.5])
local f = function() return 1, 2, 3 end
local m = {f(), f()}
print(#m, m[1], m[2], m[4])
local p = {f(), (f())}
print(#p)
local q = {f(), nil}
print(q[1], q[2])
local r = {x = 1, x = 2}
print(r.x)

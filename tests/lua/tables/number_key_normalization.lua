-- float keys equal to integers index the same slot; string keys do not
local t = {}
t[1] = "int"
print(t[1.0], t["1"])
t[2.0] = "float two"
print(t[2], #t)
t["3"] = "string three"
print(t[3], #t)
t[2^53] = "big"
print(t[2^53], t[2^53 + 1])
t[-0.0] = "neg zero"
print(t[0])
t[0.5] = "half"
print(t[0.5], t[1/2])
print(pcall(function() t[nil] = 1 end))
print(pcall(function() t[0/0] = 1 end))
print(t[nil], t[0/0])
print(rawget(t, 1.0), rawget(t, "1"))
local u = {[1] = "a", [1.0] = "b"}
print(u[1])
local v = {10, 20, 30, [2] = "x"}
print(v[2])

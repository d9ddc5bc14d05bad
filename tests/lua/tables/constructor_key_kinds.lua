-- Table constructors: explicit keys of every type, float keys equal to integers, later
-- items overwriting earlier keys, positional items after [n]=..., separators ; and ,.
local t = {[1] = "explicit", "positional"}
print(t[1])
t = {"positional", [1] = "explicit"}
print(t[1])
t = {[1.0] = "a", [2] = "b", [3.5] = "c"}
print(t[1], t[2], t[3.5], #t)
t = {x = 1, x = 2; y = 3, ["x"] = 4}
print(t.x, t.y)
t = {[true] = "T", [false] = "F", [print] = "fn", ["1"] = "str1", [1] = "num1"}
print(t[true], t[false], t[print], t["1"], t[1])
print(type(loadstring("return {[nil] = 1}")))
print(pcall(function() return {[nil] = 1} end))
print(pcall(function() return {[0/0] = 1} end))
t = {1, 2, 3; 4, 5, n = 2, 6,}
print(#t, t.n, t[6])
t = {(function() return 1, 2, 3 end)()}
print(#t)
t = {(function() return 1, 2, 3 end)(), 10}
print(#t, t[2])
t = {-1, - 1, not nil, #"abc", 2^2, "a" .. "b", {}, nil}
print(t[1], t[2], t[3], t[4], t[5], t[6], type(t[7]), #t)
local k = "dyn"
t = {[k] = 1, [k .. 2] = 2, [#k] = 3}
print(t.dyn, t.dyn2, t[3])
t = {[-0] = "negzero"}
print(t[0])

-- Names: identifiers with underscores and digits, keywords as table keys by string.
local _ = 1
local _x1, x_2, X = 2, 3, 4
print(_, _x1, x_2, X)
local t = {}
t["end"] = "e"; t["while"] = "w"; t["nil"] = "n"
print(t["end"], t["while"], t["nil"])
local And, OR, Nil = 1, 2, 3
print(And, OR, Nil)
local _ENV = "not special in 5.1"
print(_ENV)
local goto = "goto is a name in 5.1"
print(goto)
local longname_abcdefghijklmnopqrstuvwxyz_0123456789 = 42
print(longname_abcdefghijklmnopqrstuvwxyz_0123456789)

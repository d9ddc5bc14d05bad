-- The main chunk is a vararg function; loadstring chunks receive call arguments.
print(select("#", ...))
local f = loadstring("return select('#', ...), ...")
print(f(1, 2, 3))
print(f())
local g = loadstring("local a, b = ...; return b, a")
print(g("x", "y"))
local h = loadstring("local function f(...) return arg end return f(1, 2).n")
print(h())

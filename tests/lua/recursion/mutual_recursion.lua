-- Mutual non-tail recursion and recursion through tables of functions.
local f, g
function f(n) if n <= 0 then return 0 end return g(n - 1) + 1 end
function g(n) if n <= 0 then return 0 end return f(n - 2) + 2 end
print(f(10000), g(10000))
local ops = {}
function ops.walk(t) local s = t.v; for _, c in ipairs(t) do s = s + ops.walk(c) end; return s end
local function tree(d) local t = {v = d}; if d > 0 then t[1] = tree(d - 1); t[2] = tree(d - 1) end; return t end
print(ops.walk(tree(12)))

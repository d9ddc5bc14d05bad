-- varargs in the middle of lists are truncated; parentheses truncate; # of {...}
local function f(...) return ... end
print(f(1, 2), f(3, 4))
print((f(1, 2)))
local t = {f(1, 2), f(3, 4)}
print(#t, t[1], t[2], t[3])
local function g(...) local a, b = ... return a, b, select('#', ...) end
print(g())
print(g(nil))
print(g(1, 2, 3))
local function h(...) return #{...}, ... end
print(h(1, 2, 3))
local function k(a, ...) local n = select('#', ...) return a, n end
print(k(), k(1), k(1, nil), k(1, nil, nil))
print(string.format("%s %s", f("a", "b", "c")))
print(math.max(f(3, 9, 2)), select(-1, f(4, 5, 6)))
local function pass(...) return select('#', ...) end
print(pass(f()), pass(f(), f()), pass(nil, f()), pass(f(nil, nil)))

-- varargs: nils at the end are counted, ... in the middle of a list is truncated to one value,
-- ... in table constructors and returns, arg table absent in vararg functions of 5.1 style.
local function count(...) return select("#", ...) end
print(count(), count(nil), count(nil, nil), count(1, nil, 3, nil))
local function mid(...) return ..., "end" end
print(mid(1, 2, 3))
local function tbl(...) local t = {...} return #t, t[1], t[select("#", ...)] end
print(tbl(5, 6, 7))
local function pass(...) return ... end
print(pass(1, pass(2, 3), pass(4, 5)))
print((pass(1, 2, 3)))
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...) or 0) end
  return s
end
print(sum(1, 2, nil, 4))
local function tail(...) return select(2, ...) end
print(tail("a", "b", "c"), count(tail("a")))
local function f(a, ...) local b, c = ... return a, b, c end
print(f(1), f(1, 2), f(1, 2, 3, 4))
print(string.format("%s %s", pass("x", "y", "z")))

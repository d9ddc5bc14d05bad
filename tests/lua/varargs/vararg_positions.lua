-- ... expands only in the last position of lists (calls, constructors, returns,
-- assignments); in the middle it gives one value; parentheses truncate.
local function f(...) return ... end
local function n(...) return select("#", ...) end
print(n(f(1, 2, 3), f(4, 5)))
print(n(f(), f()))
print(n((f(1, 2, 3))))
local t = {f(1, 2), f(3, 4)}
print(#t, t[1], t[2], t[3])
t = {f(1, 2), f(3, 4), n = 9}
print(#t, t.n)
t = {f(1, 2), (f(3, 4))}
print(#t)
local function g(...)
  local a, b, c = ..., "end"
  local d = {..., "tail"}
  return a, b, c, #d, d[#d]
end
print(g(1, 2, 3))
print(g())
local function h(...)
  return n(...), n(..., nil), n(nil, ...), ...
end
print(h(1, 2))
print(h())
print(string.format("%s %s", f("a", "b", "c")))
print(pcall(string.format, "%s %s", (f("a", "b"))))
local function count(...) return #{...} end
print(count(1, 2, 3), count(nil), count())
local function last(...) local a = {...}; return a[select("#", ...)] end
print(last(1, 2, "z"))

-- ... inside vararg functions: passing through, counting, storing in tables.
local function count(...) return select("#", ...) end
local function pass(...) return ... end
print(count(pass(1, nil, nil)), count(pass()))
local function first(...) local a = ...; return a end
print(first(9, 8, 7), first())
local function pack(...) return {n = select("#", ...), ...} end
local p = pack(nil, 2, nil)
print(p.n, p[1], p[2], p[3])
local function tail(...) return select(2, ...) end
print(tail(1, 2, 3))
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
print(sum(1, 2, 3, 4, 5), sum())
local function mixed(a, b, ...) return a, b, count(...) end
print(mixed(1), mixed(1, 2, 3, 4))
local function dots_twice(...) return ..., ... end
print(dots_twice(1, 2))
local function in_parens(...) return (...) end
print(in_parens(5, 6, 7))

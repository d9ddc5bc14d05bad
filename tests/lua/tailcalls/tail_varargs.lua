-- Tail calls that pass varargs and multiple results along.
local function count(n, ...)
  if n == 0 then return select("#", ...), ... end
  return count(n - 1, ...)
end
print(count(10000000, "a", nil, "c"))
local function ret(...) return ... end
local function tail_ret(n, ...) if n == 0 then return ret(...) end return tail_ret(n - 1, ...) end
print(tail_ret(1000000, 1, 2, 3))

-- A closure that stores itself in its own upvalue and a table that refers to closures.
local f
f = function(n) if n == 0 then return f end return n end
print(f(0) == f, f(3))
local memo = {}
local function mfib(n)
  if n < 2 then return n end
  if memo[n] then return memo[n] end
  local v = mfib(n - 1) + mfib(n - 2)
  memo[n] = v
  return v
end
print(mfib(80))

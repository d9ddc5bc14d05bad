-- old shootout recursive shape: Ackermann, Fibonacci on doubles, Tak on
-- integers and floats, printed with %.1f and %d.
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
local function fib(n)
  if n < 2 then return 1 end
  return fib(n - 2) + fib(n - 1)
end
local function tak(x, y, z)
  if y >= x then return z end
  return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
end
local n = 3
io.write(string.format("Ack(3,%d): %d\n", n + 1, ack(3, n + 1)))
io.write(string.format("Fib(%.1f): %.1f\n", 20.0 + n, fib(20.0 + n)))
io.write(string.format("Tak(%d,%d,%d): %d\n", 3 * n, 2 * n, n, tak(3 * n, 2 * n, n)))
io.write(string.format("Fib(3): %d\n", fib(3)))
io.write(string.format("Tak(3.0,2.0,1.0): %.1f\n", tak(3.0, 2.0, 1.0)))
io.write(string.format("Tak(%.1f,%.1f,%.1f): %.1f\n", 18.5, 12.5, 6.5, tak(18.5, 12.5, 6.5)))
-- mutual recursion and a deep non-tail recursion
local even, odd
function even(k) if k == 0 then return true end return odd(k - 1) end
function odd(k) if k == 0 then return false end return even(k - 1) end
print(even(10000), odd(7777))
local function sum(k) if k == 0 then return 0 end return k + sum(k - 1) end
print(sum(15000), pcall(sum, 200000))
-- memoized with a table, fib 90 exactly representable
local memo = {}
local function mfib(k)
  if k < 2 then return k end
  local v = memo[k]
  if not v then v = mfib(k - 1) + mfib(k - 2); memo[k] = v end
  return v
end
print(mfib(78), mfib(90), string.format("%.0f", mfib(90)))
-- the Y combinator
local function Y(f)
  return (function(x) return x(x) end)(function(x) return f(function(...) return x(x)(...) end) end)
end
local fact = Y(function(self) return function(k) if k == 0 then return 1 end return k * self(k - 1) end end)
print(fact(10), fact(20), fact(25), fact(170), fact(171))

-- tail calls return all values; deep tail recursion does not overflow
local function count(n, acc) if n == 0 then return acc, "done" end return count(n - 1, acc + 1) end
print(count(100000, 0))
local function multi() return 1, 2, 3 end
local function t1() return multi() end
local function t2() return (multi()) end
print(t1()) print(t2())
print(select('#', t1()), select('#', t2()))
local function callmeta()
  return setmetatable({}, {__call = function(_, a) return a, "via call" end})("arg")
end
print(callmeta())
local function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(10001))

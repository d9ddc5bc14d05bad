-- A self tail call 10 million levels deep completes without stack overflow.
local function loop(n, acc)
  if n == 0 then return acc end
  return loop(n - 1, acc + 1)
end
print(loop(10000000, 0))

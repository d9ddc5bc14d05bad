-- math.random/randomseed: only ranges and argument errors are checked (sequences differ).
math.randomseed(42)
local ok = true
for i = 1, 1000 do
  local r = math.random()
  if r < 0 or r >= 1 then ok = false end
  local d = math.random(6)
  if d < 1 or d > 6 or d % 1 ~= 0 then ok = false end
  local e = math.random(-3, 3)
  if e < -3 or e > 3 or e % 1 ~= 0 then ok = false end
end
print(ok)
print(math.random(1, 1), math.random(1))
print(pcall(math.random, 0))
print(pcall(math.random, 3, 1))
print(pcall(math.random, 1, 2, 3))

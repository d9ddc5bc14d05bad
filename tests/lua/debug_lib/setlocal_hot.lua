-- debug.setlocal from a callee changes the caller's local every time, also once the caller is
-- compiled; getlocal sees the hidden numeric-for locals as the loop advances.
local function bump()
  local _, v = debug.getlocal(2, 2)
  debug.setlocal(2, 2, v + 1)
end
local function hot(n)
  local acc = 0
  for i = 1, n do
    bump()
  end
  return acc
end
for r = 1, 5 do
  print(hot(3000))
end
local function index()
  local _, v = debug.getlocal(2, 2)
  return v
end
local function loop()
  local sum = 0
  for i = 1, 6000, 3 do
    sum = sum + index()
  end
  return sum
end
print(loop(), loop())

-- Locals whose types change inside loops: the loop body is entered with a new
-- type context and must not keep using the old one.
local x = 1
for i = 1, 10 do
  if i == 4 then x = "str" elseif i == 7 then x = 2.5 elseif i == 9 then x = nil end
  print(i, type(x), x)
end

local acc = 0
local i = 0
while i < 20 do
  i = i + 1
  if i % 5 == 0 then
    acc = tostring(acc) .. "|"
  elseif type(acc) == "string" then
    acc = #acc
  else
    acc = acc + i
  end
end
print(acc)

local n = 0
repeat
  local k = n
  n = (type(n) == "number" and n < 3) and n + 1 or (n == 3 and "three" or 99)
until n == 99
print(n)

-- a counter that becomes a float and a table reference that becomes nil
local t = {v = 1}
local c = 1
for j = 1, 6 do
  c = c / 2
  if j == 3 then t = nil end
  print(j, c, t and t.v)
end

-- arithmetic on a loop-invariant value whose type differs between calls
local function scale(k, n)
  local s = 0
  for j = 1, n do
    s = s + j * k
  end
  return s
end
print(scale(2, 10), scale("3", 10), pcall(scale, {}, 2))

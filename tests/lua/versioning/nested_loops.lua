-- Nested loops with invariant locals of several types, comparisons and
-- negation on numbers known from the context, and -0 / nan / inf arithmetic.
local function grid(n, m, k)
  local total, count = 0, 0
  for i = 1, n do
    local row = 0
    for j = 1, m do
      local v = (i - j) * k
      if v < 0 then v = -v end
      if v >= 3 then count = count + 1 end
      row = row + v % 7 - j / 4
    end
    total = total + row ^ 2
  end
  return total, count
end
print(grid(5, 6, 1))
print(grid(5, 6, 0.5))
print(grid(3, 3, "2"))

local function zeros(a)
  local z = -a
  local w = a * -1
  return z, w, 1 / z, 0 / 0 ~= 0 / 0, -(-a)
end
print(zeros(0))
print(zeros(1))
print(1 / 0, -1 / 0, math.huge - math.huge ~= math.huge - math.huge)

local m = 0
for i = 10, 1, -1.5 do
  for j = i, i + 1, 0.25 do
    m = m + j
  end
end
print(m)

local s = 0
local outer = 0
while outer < 4 do
  outer = outer + 1
  local inner = 0
  repeat
    inner = inner + 1
    s = s + outer * inner
  until inner >= outer
end
print(s)

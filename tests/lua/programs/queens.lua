-- N-queens and permutations: backtracking with column/diagonal flag tables,
-- a coroutine permutation generator (coroutine.wrap), and solution counts.
local function queens(n)
  local cols, d1, d2 = {}, {}, {}
  local placement, count, first = {}, 0, nil
  local function place(row)
    if row > n then
      count = count + 1
      if not first then first = table.concat(placement, " ") end
      return
    end
    for c = 1, n do
      if not cols[c] and not d1[row + c] and not d2[row - c + n] then
        cols[c], d1[row + c], d2[row - c + n] = true, true, true
        placement[row] = c
        place(row + 1)
        cols[c], d1[row + c], d2[row - c + n] = nil, nil, nil
      end
    end
  end
  place(1)
  return count, first
end
for n = 1, 9 do print(n, queens(n)) end

local function permgen(a, n)
  n = n or #a
  if n <= 1 then
    coroutine.yield(a)
  else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end

local function permutations(a)
  return coroutine.wrap(function() permgen(a) end)
end

local lines = {}
for p in permutations({ "a", "b", "c", "d" }) do lines[#lines + 1] = table.concat(p) end
print(#lines, table.concat(lines, " "))

-- checksum over all permutations of 1..7, and queens checked by permutations of 1..6
local sum, count = 0, 0
for p in permutations({ 1, 2, 3, 4, 5, 6, 7 }) do
  count = count + 1
  local v = 0
  for i = 1, #p do v = v * 7 + p[i] end
  sum = (sum + v * count) % 1000003
end
print(count, sum)
local valid = 0
for p in permutations({ 1, 2, 3, 4, 5, 6 }) do
  local ok = true
  for i = 1, 6 do
    for j = i + 1, 6 do
      if math.abs(p[i] - p[j]) == j - i then ok = false end
    end
  end
  if ok then valid = valid + 1 end
end
print("6-queens by permutation", valid)
local gen = permutations({ 1, 2 })
print(gen() ~= nil, gen() ~= nil, gen())
print(pcall(gen))

-- heapsort: an array heap with sift-down over 1-based indices, sorting
-- LCG-generated doubles and strings; compared with table.sort's result.
local seed = 42
local function rand(max)
  seed = (seed * 3877 + 29573) % 139968
  return max * seed / 139968
end

local function heapsort(a, n, less)
  less = less or function(x, y) return x < y end
  local function sift(start, stop)
    local root = start
    while true do
      local child = root * 2
      if child > stop then return end
      if child + 1 <= stop and less(a[child], a[child + 1]) then child = child + 1 end
      if less(a[root], a[child]) then
        a[root], a[child] = a[child], a[root]
        root = child
      else
        return
      end
    end
  end
  for start = math.floor(n / 2), 1, -1 do sift(start, n) end
  for stop = n, 2, -1 do
    a[1], a[stop] = a[stop], a[1]
    sift(1, stop - 1)
  end
end

local n = 20000
local a, b = {}, {}
for i = 1, n do a[i] = rand(1); b[i] = a[i] end
heapsort(a, n)
table.sort(b)
local ok = true
for i = 1, n do
  if a[i] ~= b[i] then ok = false end
  if i > 1 and a[i - 1] > a[i] then ok = false end
end
print(ok, a[1], a[n], a[n / 2])
print(string.format("%.10f", a[12345]))

local words = {}
for i = 1, 2000 do
  local len = 1 + math.floor(rand(8))
  local w = {}
  for j = 1, len do w[j] = string.char(97 + math.floor(rand(26))) end
  words[i] = table.concat(w)
end
local copy = {}
for i, w in ipairs(words) do copy[i] = w end
heapsort(words, #words, function(x, y) return #x < #y or (#x == #y and x < y) end)
print(words[1], words[2], words[#words], #words[#words])
table.sort(copy, function(x, y) return x > y end)
print(copy[1], copy[#copy])
-- heapsort of already sorted and reversed input, and of equal keys
local sorted, rev, eq = {}, {}, {}
for i = 1, 1000 do sorted[i] = i; rev[i] = 1001 - i; eq[i] = 7 end
heapsort(sorted, 1000); heapsort(rev, 1000); heapsort(eq, 1000)
print(sorted[1], sorted[1000], rev[1], rev[500], eq[1], eq[1000])
print(pcall(heapsort, { 1, "x", 3 }, 3))

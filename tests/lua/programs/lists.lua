-- old shootout lists shape: build a list, move items front-to-back with
-- table.insert/table.remove, reverse, compare element by element; plus
-- a linked list of cons cells and list operations on both.
local SIZE = 2000
local function range(n)
  local l = {}
  for i = 1, n do l[i] = i end
  return l
end

local function run()
  local l1 = range(SIZE)
  local l2 = {}
  for i, v in ipairs(l1) do l2[i] = v end
  local l3 = {}
  while #l2 > 0 do
    table.insert(l3, table.remove(l2, 1))
  end
  while #l3 > 0 do
    table.insert(l2, table.remove(l3))
  end
  -- reverse l1 in place
  local n = #l1
  for i = 1, math.floor(n / 2) do
    l1[i], l1[n - i + 1] = l1[n - i + 1], l1[i]
  end
  if l1[1] ~= SIZE then return nil end
  for i = 1, n do
    if l1[i] ~= l2[i] then return #l1, i end
  end
  return #l1
end
print(run())

-- cons cells
local function cons(h, t) return { h, t } end
local list = nil
for i = 1, 500 do list = cons(i * i % 97, list) end
local function len(l) local n = 0 while l do n = n + 1; l = l[2] end return n end
local function map(f, l) if not l then return nil end return cons(f(l[1]), map(f, l[2])) end
local function filter(p, l)
  if not l then return nil end
  if p(l[1]) then return cons(l[1], filter(p, l[2])) end
  return filter(p, l[2])
end
local function foldl(f, acc, l) while l do acc = f(acc, l[1]); l = l[2] end return acc end
local function rev(l) local r = nil while l do r = cons(l[1], r); l = l[2] end return r end
local function totable(l) local t = {} while l do t[#t + 1] = l[1]; l = l[2] end return t end
local evens = filter(function(x) return x % 2 == 0 end, list)
local doubled = map(function(x) return x * 2 end, evens)
print(len(list), len(evens), foldl(function(a, b) return a + b end, 0, doubled))
print(table.concat(totable(rev(map(function(x) return x + 0.5 end, filter(function(x) return x > 90 end, list)))), " "))

-- table.insert/remove at positions and edge cases
local t = { "a", "b", "c" }
table.insert(t, 1, "z")
table.insert(t, 3, "m")
table.insert(t, #t + 1, "end")
print(table.concat(t, ","), table.remove(t, 1), table.remove(t), table.concat(t, ","))
print(table.remove({}), #t, table.remove(t, #t + 1))
local holes = { 1, 2, nil, 4 }
print(#holes, table.getn(holes), table.maxn({ 1, 2, [10] = 3, [2.5] = 1 }))
print(pcall(table.insert, t, 1, 2, 3))
print(pcall(table.insert, t))

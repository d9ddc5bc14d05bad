-- Sorting larger arrays: numbers, strings, descending, already sorted and reversed input.
local function check(t, lt)
  lt = lt or function(a, b) return a < b end
  for i = 2, #t do if lt(t[i], t[i - 1]) then return false end end
  return true
end
local t = {}
local x = 12345
for i = 1, 5000 do x = (x * 1103515245 + 12345) % 2147483648; t[i] = x % 1000 end
table.sort(t)
print(check(t), t[1], t[5000])
local s = {}
for i = 1, 1000 do s[i] = tostring((i * 7919) % 1000) end
table.sort(s)
print(check(s), s[1], s[1000])
local asc = {}
for i = 1, 1000 do asc[i] = i end
table.sort(asc, function(a, b) return a > b end)
print(asc[1], asc[1000])
table.sort(asc)
print(asc[1], asc[1000])

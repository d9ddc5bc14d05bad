-- table.sort with inconsistent comparators (always true, <=, false, nil results): lua5.1's
-- quicksort either raises "invalid order function for sorting" or reads past the ends.
for n = 1, 12 do
  local t = {}
  for i = 1, n do t[i] = (i * 7) % 5 end
  local ok, e = pcall(table.sort, t, function(a, b) return true end)
  local u = {}
  for i = 1, n do u[i] = (i * 7) % 5 end
  local ok2, e2 = pcall(table.sort, u, function(a, b) return a <= b end)
  print(n, ok, e, table.concat(t, ","), ok2, e2, table.concat(u, ","))
end
local calls = 0
local t = {}
for i = 1, 50 do t[i] = (i * 37) % 23 end
table.sort(t, function(a, b) calls = calls + 1; return a > b end)
print(calls, table.concat(t, ","))
local ok, e = pcall(table.sort, {3, 1, 2, 5, 4, 1, 1, 1}, function(a, b) return false end)
print(ok, e)
local mixed = {5, 3, 1, 4, 2}
print(pcall(table.sort, mixed, function(a, b) if a == 4 then return nil end return a < b end), table.concat(mixed, ","))

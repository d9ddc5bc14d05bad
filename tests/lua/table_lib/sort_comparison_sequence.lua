-- table.sort's exact comparison sequence for sizes 1..9 (the quicksort of
-- ltablib.c), NaN elements, infinities and byte-wise string order.
for n = 1, 9 do
  local t = {}
  for i = 1, n do t[i] = (i * 5) % (n + 2) end
  local calls = {}
  table.sort(t, function(a, b) calls[#calls + 1] = a .. "<" .. b; return a < b end)
  print(n, table.concat(t, ","), #calls, table.concat(calls, " "))
end
local nan = 0/0
local t = {3, nan, 1, 2}
print(pcall(table.sort, t))
local r = {}
for i = 1, #t do r[i] = t[i] ~= t[i] and "nan" or tostring(t[i]) end
print(table.concat(r, ","))
local u = {1/0, -1/0, 0, 5, -5, 1e308, -1e308}
table.sort(u)
print(table.concat(u, ","))
local w = {"b", "a\0", "a", "", "\255", "A", "ab", "a\0b"}
table.sort(w)
for i, v in ipairs(w) do w[i] = string.format("%q", v) end
print(table.concat(w, ","))
local x = {}
for i = 1, 20 do x[i] = i % 2 == 0 and nan or i end
print(pcall(table.sort, x))

-- pairs over a table with 50 array and 50 hash entries, n entries visited in all.
local t = {}
for i = 1, 50 do
  t[i] = i
  t["k" .. i] = i
end

return function(n)
  local s = 0
  for r = 1, n / 100 do
    for k, v in pairs(t) do
      s = s + v
    end
  end
  return s
end

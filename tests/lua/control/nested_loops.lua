-- Nested loops of different kinds computing a small multiplication table and primes.
for i = 1, 4 do
  local row = {}
  for j = 1, 4 do row[#row + 1] = string.format("%3d", i * j) end
  print(table.concat(row))
end
local primes = {}
local n = 2
while #primes < 15 do
  local isp = true
  for _, p in ipairs(primes) do
    if p * p > n then break end
    if n % p == 0 then isp = false; break end
  end
  if isp then primes[#primes + 1] = n end
  n = n + 1
end
print(table.concat(primes, " "))

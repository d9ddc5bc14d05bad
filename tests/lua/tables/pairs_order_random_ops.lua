-- pairs order of tables built by pseudo-random stores and deletions of integer, negative,
-- fractional, power-of-two and string keys (Park-Miller sequence, exact in doubles).
local seed = 12345
local function rnd(n) seed = (seed * 16807) % 2147483647; return seed % n end
local strs = {}
for i = 1, 40 do strs[i] = "k" .. i end
local function key()
  local c = rnd(6)
  if c == 0 then return rnd(40) + 1 end
  if c == 1 then return -(rnd(10)) end
  if c == 2 then return rnd(20) + 0.5 end
  if c == 3 then return strs[rnd(40) + 1] end
  if c == 4 then return 2^(rnd(40) + 10) end
  return rnd(100) + 1
end
for round = 1, 60 do
  local t = {}
  local nops = rnd(60) + 1
  for i = 1, nops do
    local k = key()
    if rnd(4) == 0 then t[k] = nil else t[k] = i end
  end
  local parts = {}
  for k, v in pairs(t) do parts[#parts + 1] = tostring(k) .. "=" .. v end
  print(round, #t, table.concat(parts, " "))
end

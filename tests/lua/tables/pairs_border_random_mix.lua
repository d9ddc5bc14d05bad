-- pairs order and # after pseudo-random mixes of table.insert, table.remove, stores and
-- deletions of many key kinds, starting from three constructor shapes.
SEED = 3
local seed = tonumber(SEED) or 777
local function rnd(n) seed = (seed * 16807) % 2147483647; return seed % n end
local function key()
  local c = rnd(8)
  if c == 0 then return rnd(64) + 1 end
  if c == 1 then return -(rnd(5)) - 1 end
  if c == 2 then return rnd(30) + 0.25 end
  if c == 3 then return "s" .. rnd(50) end
  if c == 4 then return rnd(2) == 0 end
  if c == 5 then return 2^(rnd(60)) end
  if c == 6 then return rnd(8) + 1 end
  return rnd(200) + 1
end
local out = {}
for round = 1, 150 do
  local t
  local mode = rnd(3)
  if mode == 0 then t = {} elseif mode == 1 then t = {1, 2, 3, x = 1, y = 2} else t = {[1] = "a", [3] = "c", "p", "q"} end
  local nops = rnd(100) + 1
  for i = 1, nops do
    local op = rnd(10)
    if op == 0 then table.insert(t, i)
    elseif op == 1 and #t > 0 then table.remove(t, rnd(#t) + 1)
    elseif op == 2 then t[key()] = nil
    else t[key()] = i end
  end
  local parts = {}
  for k, v in pairs(t) do parts[#parts + 1] = tostring(k) .. "=" .. tostring(v) end
  out[#out + 1] = round .. " " .. #t .. " " .. table.concat(parts, " ")
end
print(table.concat(out, "\n"))

-- Generated sequences of table.insert/remove (in and out of range), concat ranges, sort with
-- and without comparators, unpack ranges and borders on small arrays with holes.
SEED = 3
local seed = tonumber(SEED) or 5
local function rnd(n) seed = (seed * 16807) % 2147483647; return seed % n end
local out = {}
local function show(t)
  local p = {}
  for i = -1, 12 do if t[i] ~= nil then p[#p + 1] = i .. ":" .. tostring(t[i]) end end
  return table.concat(p, " ")
end
for round = 1, 120 do
  local t = {}
  for i = 1, rnd(8) do t[i] = rnd(50) end
  if rnd(3) == 0 then t[rnd(10) + 1] = nil end
  for step = 1, 6 do
    local op = rnd(8)
    local r
    if op == 0 then r = {pcall(table.insert, t, rnd(50))}
    elseif op == 1 then r = {pcall(table.insert, t, rnd(12) - 1, "I")}
    elseif op == 2 then r = {pcall(table.remove, t)}
    elseif op == 3 then r = {pcall(table.remove, t, rnd(12) - 1)}
    elseif op == 4 then r = {pcall(table.concat, t, ",", rnd(4), rnd(10))}
    elseif op == 5 then r = {pcall(table.sort, t, rnd(2) == 0 and function(a, b) return tostring(a) > tostring(b) end or nil)}
    elseif op == 6 then r = {pcall(unpack, t, rnd(4), rnd(10))}
    else r = {#t, table.maxn(t), table.getn(t)} end
    for i = 1, #r do r[i] = tostring(r[i]) end
    out[#out + 1] = round .. "." .. step .. " op" .. op .. " " .. table.concat(r, ",") .. " | " .. show(t)
  end
end
print(table.concat(out, "\n"))

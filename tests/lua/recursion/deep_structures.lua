-- Recursion over deep structures: building and walking a 10000-deep linked list,
-- recursive table printing with cycles detected, Ackermann small values, Hanoi moves.
local list = nil
for i = 1, 10000 do list = {value = i, next = list} end
local function len(l) if not l then return 0 end return 1 + len(l.next) end
local function sum(l, acc) if not l then return acc end return sum(l.next, acc + l.value) end
print(len(list), sum(list, 0))
local function ser(v, seen)
  if type(v) ~= "table" then return tostring(v) end
  if seen[v] then return "<cycle>" end
  seen[v] = true
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = tostring(k) end
  table.sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do parts[#parts + 1] = k .. "=" .. ser(v[k] ~= nil and v[k] or v[tonumber(k)], seen) end
  seen[v] = nil
  return "{" .. table.concat(parts, ",") .. "}"
end
local cyc = {a = 1, b = {c = 2}}
cyc.b.back = cyc
cyc[1] = "one"
print(ser(cyc, {}))
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(ack(2, 3), ack(3, 3))
local moves = 0
local function hanoi(n, a, b, c) if n == 0 then return end hanoi(n - 1, a, c, b); moves = moves + 1; hanoi(n - 1, c, b, a) end
hanoi(12, "A", "B", "C")
print(moves)

-- Generated binary operations on mixed operands, each run 300 more times after the first
-- result (so the call sites specialise and compile); the results must not change.
SEED = 2
local seed = tonumber(SEED) or 5
local function rnd(n) seed = (seed * 16807) % 2147483647; return seed % n end
local pool = {"3", "-2.5", "0", "'10'", "' 0x1f '", "'abc'", "nil", "true", "2^53", "-2^31", "1/0", "0/0"}
local ops = {"+", "-", "*", "/", "%", "^", "..", "<", "<=", "==", "~="}
local src = {"local fs = {}"}
for i = 1, 120 do
  local a, b = pool[rnd(#pool) + 1], pool[rnd(#pool) + 1]
  local op = ops[rnd(#ops) + 1]
  src[#src + 1] = string.format("fs[%d] = function(x, y) return x %s y end", i, op)
  src[#src + 1] = string.format("fs[-%d] = {%s, %s}", i, a == "nil" and "nil" or a, b == "nil" and "nil" or b)
end
src[#src + 1] = "return fs"
local fs = assert(loadstring(table.concat(src, "\n"), "=hot"))()
local function run(i)
  local args = fs[-i]
  local ok, r = pcall(fs[i], args[1], args[2])
  if type(r) == "number" and r ~= r then r = "nan" end
  return tostring(ok) .. ":" .. tostring(r)
end
local first = {}
for i = 1, 120 do first[i] = run(i) end
local changed = 0
for rep = 1, 300 do
  for i = 1, 120 do if run(i) ~= first[i] then changed = changed + 1 end end
end
for i = 1, 120 do print(i, first[i]) end
print("changed", changed)

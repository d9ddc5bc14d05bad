-- repeat-until conditions that call closures over locals of the loop body: the body's locals
-- are visible in the condition and each iteration's closures keep their own copies.
local fs = {}
local i = 0
repeat
  i = i + 1
  local x = i * 10
  fs[#fs + 1] = function() x = x + 1; return x end
until fs[#fs]() > 30 or i > 10
print(i, #fs)
for k, f in ipairs(fs) do io.write(f(), " ") end
print()
local j = 0
local g
repeat
  local y = j
  g = function() return y end
  j = j + 1
until g() >= 3
print(j, g())
local out = {}
local n = 0
repeat
  local z = n
  n = n + 1
  if n == 2 then
    local captured = function() return z end
    out[#out + 1] = captured
  end
until (function() return z >= 4 end)()
print(n, out[1]())

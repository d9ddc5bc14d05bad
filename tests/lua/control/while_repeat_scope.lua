-- repeat-until sees body locals; break in nested loops; while with complex conditions
local i = 0
repeat local j = i; i = i + 1 until j >= 3
print(i)
local out = {}
for a = 1, 3 do
  for b = 1, 3 do
    if b > a then break end
    out[#out + 1] = a .. b
  end
end
print(table.concat(out, " "))
local n = 0
while true do n = n + 1; if n > 5 then break end end
print(n)
local k = 10
while k > 0 and k % 7 ~= 0 do k = k - 1 end
print(k)
local fs = {}
local x = 0
repeat
  local y = x
  fs[#fs + 1] = function() return y end
  x = x + 1
until y == 2
print(fs[1](), fs[2](), fs[3]())
do local z = 1; print(z) end
print(z)

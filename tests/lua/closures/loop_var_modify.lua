-- A closure modifying its captured loop variable does not affect the loop counter.
local fs = {}
for i = 1, 3 do
  fs[i] = function() i = i + 10; return i end
end
print(fs[1](), fs[1](), fs[2](), fs[3]())
for i = 1, 3 do
  local f = function() i = i * 2 end
  f()
  io.write(i, " ")
end
print()

-- repeat-until: the until expression sees body locals, including ones captured by closures.
local fs = {}
local i = 0
repeat
  i = i + 1
  local v = i * 10
  fs[#fs + 1] = function() return v end
until v >= 30
print(#fs, fs[1](), fs[2](), fs[3]())
local n = 0
repeat
  local stop = n >= 2
  n = n + 1
  if n == 10 then break end
until stop
print(n)

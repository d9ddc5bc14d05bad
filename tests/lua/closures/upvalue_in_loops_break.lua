-- Closing upvalues when leaving a loop by break or by the end of the block.
local fs = {}
for i = 1, 10 do
  local x = i
  fs[#fs + 1] = function() return x end
  if i == 3 then break end
end
print(#fs, fs[1](), fs[2](), fs[3]())
local gs = {}
local i = 0
while true do
  i = i + 1
  local y = i * 10
  gs[i] = function() y = y + 1; return y end
  if i >= 2 then break end
end
print(gs[1](), gs[1](), gs[2]())

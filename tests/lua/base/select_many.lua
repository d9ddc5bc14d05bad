-- select('#') and unpack with hundreds of values; select from the middle.
local t = {}
for i = 1, 250 do t[i] = i end
print(select("#", unpack(t)), select(125, unpack(t)) + 0)
print(select(-1, unpack(t)), (select(200, unpack(t))))

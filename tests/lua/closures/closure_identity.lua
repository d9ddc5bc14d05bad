-- Every evaluation of a function expression creates a new closure value.
local fs = {}
for i = 1, 3 do fs[i] = function() end end
print(fs[1] == fs[2], fs[1] == fs[1])
local function make() return function() end end
print(make() == make())
local t = {}
t[fs[1]] = 1
t[fs[2]] = 2
print(t[fs[1]], t[fs[2]], t[fs[3]])
print(type(fs[1]))

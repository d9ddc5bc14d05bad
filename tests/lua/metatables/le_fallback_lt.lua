-- __le falls back to not __lt(b, a) in 5.1; comparisons of mixed metatables
local mt = {__lt = function(a, b) return a.v < b.v end}
local a, b = setmetatable({v = 1}, mt), setmetatable({v = 2}, mt)
print(a < b, a <= b, b <= a, a >= b, a > b)
local other = setmetatable({v = 3}, {__lt = mt.__lt})
print(pcall(function() return a < other end))
local samefn = setmetatable({v = 3}, {__lt = mt.__lt, __le = function() return "le" end})
print(pcall(function() return a <= samefn end))
local onlyle = {__le = function(x, y) return x.v <= y.v end}
local c, d = setmetatable({v = 5}, onlyle), setmetatable({v = 5}, onlyle)
print(c <= d, pcall(function() return c < d end))
print(pcall(function() return a < 1 end))
print(pcall(function() return 1 <= a end))

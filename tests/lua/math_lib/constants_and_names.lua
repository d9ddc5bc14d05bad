-- math.pi and math.huge, the functions present in 5.1's math table, and the
-- names used in argument errors for direct, local and method-style calls.
print(math.pi, math.huge, -math.huge, math.huge == 1/0, math.pi == 4 * math.atan(1))
print(string.format("%.17g", math.pi), math.huge > 1e308, math.huge - math.huge ~= math.huge - math.huge)
local names = {}
for k in pairs(math) do names[#names + 1] = k end
table.sort(names)
print(#names, table.concat(names, " "))
print(math.ceil == math.floor, type(math.random), math.mod ~= nil, math.pow ~= nil, math.log10 ~= nil)
print(pcall(function() return math.floor() end))
print(pcall(function() local fl = math.floor; return fl() end))
print(pcall(function() return math.sqrt(nil) end))
print(pcall(function() local m = math; return m.abs("z") end))
print(pcall(function() return math["ceil"]({}) end))
print(pcall(function() return math:floor() end))
print(pcall(function() return math.frexp() end))
print(pcall(function() return math.ldexp(1) end))
print(pcall(function() return math.random(1, 2, 3) end))
print(pcall(function() return math.randomseed() end))
print(pcall(function() return math.randomseed("x") end))

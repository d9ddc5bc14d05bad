-- The .. operator: right associativity, numbers, errors, long chains.
print("a" .. "b" .. "c", 1 .. 2, 1.5 .. "|", "x" .. 10 .. "y")
local t = {}
for i = 1, 100 do t[#t + 1] = i end
local s = ""
for i = 1, 100 do s = s .. i .. "," end
print(#s, s:sub(1, 20))
print(pcall(function() return "a" .. nil end))
print(pcall(function() return "a" .. true end))
print(pcall(function() return {} .. {} end))
print(pcall(function() local x; return x .. "a" end))
print("" .. "", #("" .. ""))
print(2^53 .. "", -0.5 .. "", 1e100 .. "")
local parts = {}
for i = 1, 20 do parts[i] = "p" end
print(table.concat(parts) == ("p"):rep(20))
print("a" .. "b" == "ab", ("a" .. "b"):len())

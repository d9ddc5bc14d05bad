-- string comparison with NULs, sort order, assignment order, unpack limits
print("a\0b" < "a\0c", "a\0" > "a", "" < "\0", "Z" < "a", "abc" < "abd", "ab" < "abc")
local t = {"b", "B", "a", "A", "_", "1", " "} table.sort(t) print(table.concat(t, ","))
local x = 0
local t2 = {} t2[1], t2[2] = (function() x = x + 1 return x end)(), x print(t2[1], t2[2])
local i = 1
local a = {}
i, a[i] = i + 1, "set" print(i, a[1], a[2])
local s = "x" for k = 1, 3 do s = s .. k end print(s)
local f = function(...) local t = {...} return #t end print(f(nil, nil, 3))
print(string.format("%q", "\n"):byte(1, -1))
print(tostring(nil) .. "", tostring(12):len())
local big = {} for k = 1, 300 do big[k] = k end print(select('#', unpack(big)))
print(pcall(function() local r = {} for k = 1, 10000 do r[k] = k end return select('#', unpack(r)) end))
goto = 1 print(goto)
print(rawequal(0, -0), 0 == -0, 1/0 == 1/-0)
print(tostring(1e308 * 10) == tostring(math.huge))

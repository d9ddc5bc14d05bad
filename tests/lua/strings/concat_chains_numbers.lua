-- Concatenation of numbers and strings in long chains: number formatting (%.14g),
-- integer-valued floats, negative numbers, right associativity with metamethods absent.
local a, b, c = 1, 2.5, -3
print(a .. b .. c)
print(a .. "" .. b, "" .. c, c .. "")
print(1e100 .. "|" .. 2^63 .. "|" .. 0.1 .. "|" .. -0.0 .. "|" .. 1/0 .. "|" .. -1/0)
print(10 / 2 .. "", 3 * 1.5 .. "", 2^0.5 .. "")
local parts = {}
for i = 1, 20 do parts[#parts + 1] = i / 4 end
print(table.concat(parts, ","))
local s = ""
for i = -3, 3 do s = s .. i .. ";" end
print(s)
print(("x"):rep(3) .. 1 .. 2 .. 3, #(1 .. 2 .. 3))
print(2 .. 3 + 1)
print("n=" .. 5 * 2, "n=" .. -5)
print(pcall(function() return 1 .. nil end))
print(pcall(function() local t = {}; return "a" .. 1 .. t end))

-- concatenation converts numbers with %.14g
print(1 .. "", 1.0 .. "", -0.0 .. "", 0.1 .. "", 1/3 .. "", 1e14 .. "", 1e15 .. "", 2^53 .. "")
print(123456789012 .. "|" .. 1.5e-10 .. "|" .. -1e300)
local t = {}
for i = 1, 5 do t[#t + 1] = i / 4 end
print(table.concat(t, " "))
print(("x"):rep(3) .. 5 .. 6.5)
print(#(2^63 .. ""), 2^63 .. "", -2^63 .. "")
print(100 .. 200 == "100200", 7 .. "" == "7")

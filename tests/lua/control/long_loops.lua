-- Long loops (millions of iterations) with arithmetic; results are exact.
local s = 0
for i = 1, 3000000 do s = s + i end
print(s)
local x = 0
local i = 0
while i < 1000000 do i = i + 1; x = (x + i * 7) % 1000003 end
print(x)
local c = 0
for i = 1, 1000 do for j = 1, 1000 do if (i + j) % 7 == 0 then c = c + 1 end end end
print(c)

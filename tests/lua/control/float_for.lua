-- Numeric for with float steps: accumulated rounding decides the last iteration.
for i = 0, 1, 0.25 do io.write(i, " ") end print()
for i = 0, 1, 0.1 do io.write(i, " ") end print()
local c = 0
for i = 0, 1, 0.1 do c = c + 1 end
print(c)
for i = 1, 2, 0.3 do io.write(i, " ") end print()
for i = 1.5, 3.5 do io.write(i, " ") end print()
for i = -1, -2, -0.5 do io.write(i, " ") end print()
for i = 0.1, 0.35, 0.05 do io.write(i, " ") end print()

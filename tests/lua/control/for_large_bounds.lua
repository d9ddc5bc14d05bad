-- Numeric for near huge values and with huge steps (an infinite step runs zero
-- times in 5.1: the prepared index init-step is -inf, and -inf+inf is NaN).
local c = 0
for i = 1, math.huge do c = c + 1; if c == 5 then break end end
print(c)
for i = 1, 10, math.huge do io.write(i, " ") end print()
for i = math.huge, math.huge do io.write(i, " "); break end print()
for i = -math.huge, -math.huge, -1 do io.write(i, " "); break end print()
for i = 2^31 - 1, 2^31 + 1 do io.write(i, " ") end print()
for i = 1e15, 1e15 + 2 do io.write(i, " ") end print()

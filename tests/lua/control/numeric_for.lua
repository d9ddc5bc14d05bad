-- Numeric for: inclusive bounds, steps, no iteration, bounds evaluated once.
for i = 1, 3 do io.write(i, " ") end print()
for i = 3, 1, -1 do io.write(i, " ") end print()
for i = 1, 0 do io.write("never") end print("empty")
for i = 1, 1 do io.write(i, " ") end print()
for i = 10, 1, -3 do io.write(i, " ") end print()
for i = -5, -1, 2 do io.write(i, " ") end print()
local n = 3
for i = 1, n do n = 10; io.write(i, " ") end print(n)
local calls = 0
local function lim() calls = calls + 1; return 4 end
for i = 1, lim() do end
print(calls)
for i = 1, 3 do local j = i * 2; io.write(j, " ") end print()
for i = "1", "3" do io.write(i, type(i), " ") end print()

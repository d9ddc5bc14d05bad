-- numeric for with string bounds, float steps, huge limits and error messages
for i = "1", "3" do io.write(i, " ") end print()
for i = 1, 2, "0.5" do io.write(i, " ") end print()
for i = 0.1, 0.5, 0.1 do io.write(i, " ") end print()
for i = 1, 0 do print("never") end
for i = 3, 1, -1 do io.write(i, " ") end print()
local n = 0
for i = 1, math.huge do n = n + 1 if n == 5 then break end end print(n)
for i = -1, -math.huge, -1 do n = n + 1 if n == 8 then break end end print(n)
print(pcall(function() for i = "a", 2 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, nil do end end))
print(pcall(function() for i = nil, 2 do end end))
for i = 1, 3, 0.999 do io.write(i, " ") end print()
for i = 1.5, 1.5 do io.write(i, " ") end print()

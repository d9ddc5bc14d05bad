-- Any value except nil/NaN can be a key: booleans, tables, functions, strings, numbers.
local t = {}
local kt, kf = {}, function() end
t[true] = 1; t[false] = 2; t[kt] = 3; t[kf] = 4; t["s"] = 5; t[1] = 6; t[-1] = 7; t[0.5] = 8
print(t[true], t[false], t[kt], t[kf], t.s, t[1], t[-1], t[0.5])
print(t[{}], t[function() end])
local count = 0
for _ in pairs(t) do count = count + 1 end
print(count)
t[kt] = nil
count = 0
for _ in pairs(t) do count = count + 1 end
print(count)
t[print] = "print"
print(t[print])
t[io.stdout] = "stdout"
print(t[io.stdout])

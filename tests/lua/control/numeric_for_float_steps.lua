-- Numeric for with fractional steps accumulates by repeated addition (5.1's forloop), so
-- counts follow floating-point rounding; negative fractional steps; the loop variable is a copy.
local function count(a, b, s) local n, last = 0, nil for i = a, b, s do n = n + 1; last = i end return n, last end
print(count(0, 1, 0.1))
print(count(0, 1, 0.25))
print(count(1, 0, -0.1))
print(count(0, 0.3, 0.1))
print(count(0.1, 0.3, 0.1))
print(count(1, 2, 1/3))
print(count(-1, 1, 0.5))
print(count(1e15, 1e15 + 3, 1))
print(count(0, 10, 2.5))
local vals = {}
for i = 0, 0.5, 0.1 do vals[#vals + 1] = string.format("%.17g", i) end
print(table.concat(vals, " "))
for i = 1, 3 do
  local j = i
  i = i * 10
  io.write(j, ">", i, " ")
end
print()
local t = {}
for i = 3, 1, -1 do t[#t + 1] = i end
print(table.concat(t, ","))

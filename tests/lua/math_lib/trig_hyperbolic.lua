-- sin cos tan asin acos atan atan2 sinh cosh tanh deg rad over a table of
-- angles, quadrants of atan2, out-of-domain inputs and infinities.
local function f(x) return x ~= x and "nan" or string.format("%.10g", x) end
for _, a in ipairs({0, 0.5, 1, -1, math.pi / 4, math.pi / 2, math.pi, -math.pi, 10, 1e10}) do
  print(f(a), f(math.sin(a)), f(math.cos(a)), f(math.tan(a)), f(math.sinh(a)), f(math.cosh(a)), f(math.tanh(a)))
end
for _, v in ipairs({-1, -0.5, 0, 0.5, 1, 1.5, -2}) do
  print(f(v), f(math.asin(v)), f(math.acos(v)), f(math.atan(v)))
end
local pts = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}, {0, 1}, {0, -1}, {1, 0}, {-1, 0}, {0, 0},
  {1/0, 1}, {1, 1/0}, {1/0, 1/0}, {-1/0, -1/0}, {1, -1/0}}
for _, p in ipairs(pts) do io.write(f(math.atan2(p[1], p[2])), " ") end
print()
print(f(math.sin(1/0)), f(math.cos(-1/0)), f(math.tan(1/0)), f(math.atan(1/0)), f(math.atan(-1/0)))
print(f(math.sinh(1000)), f(math.cosh(-1000)), f(math.tanh(1000)), f(math.tanh(-1/0)))
print(math.deg(1), math.deg(math.pi / 2), math.deg(-math.pi), math.rad(1), math.rad(360), math.rad(-45))
print(math.deg(1/0), math.rad(-1/0), math.deg(0), math.rad("180"))
print(pcall(math.atan2, 1))
print(pcall(math.atan2))
print(pcall(math.sin, "x"))
print(pcall(math.deg))
print(pcall(math.cosh, nil))
print(math.atan2(1, 2, 3) == math.atan2(1, 2), math.atan2("1", "1") == math.pi / 4)

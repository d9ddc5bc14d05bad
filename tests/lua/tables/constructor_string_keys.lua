-- Constructors with constant string keys: the same node layout (pairs order) as storing
-- the fields one by one, with nil values, duplicate keys, positional items and yields.
local function keys(t)
  local out = {}
  for k, v in pairs(t) do out[#out + 1] = tostring(k) .. "=" .. tostring(v) end
  return table.concat(out, " ")
end
local function make(a, b, c)
  return {alpha = a, beta = b, gamma = c, delta = 4, eps = 5, zeta = 6, eta = 7, theta = 8, iota = 9}
end
for i = 1, 3000 do
  local t = make(i, i + 1, i + 2)
  if i % 1000 == 0 then print(keys(t)) end
end
print(keys(make(1, nil, 3)))
print(keys(make(nil, nil, nil)))
local t = make(1, 2, 3)
t.new1 = 1 t.new2 = 2 t.kappa = 3 t.lambda = 4
print(keys(t))
local t2 = make(1, nil, 3)
t2.new1 = 1 t2.new2 = 2 t2.kappa = 3
print(keys(t2))
local function mixed(a) return {a, x = a, a, y = 2, a, z = 3} end
for i = 1, 2000 do local m = mixed(i) if i == 2000 then print(keys(m)) end end
local function dup(a) return {x = 1, x = a, y = 2, x = 3} end
for i = 1, 2000 do local m = dup(i) if i == 2000 then print(keys(m)) end end
local function multi(...) return {n = select("#", ...), ...} end
for i = 1, 2000 do local m = multi(i, i) if i == 2000 then print(keys(m)) end end
local co = coroutine.wrap(function(a)
  for i = 1, 3 do
    local t = {p = a, q = coroutine.yield(i), r = 3, s = coroutine.yield(-i)}
    print(keys(t))
  end
end)
print(co("A"), co("B"), co("C"), co("D"), co("E"), co("F"), co("G"))

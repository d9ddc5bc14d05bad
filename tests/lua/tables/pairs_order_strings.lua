-- pairs order of string keys inserted in various orders and counts (rehash at every power
-- of two), and of the same keys set by a constructor.
local function show(name, t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = tostring(k) end
  print(name, table.concat(ks, " "))
end

local words = {
  "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
  "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
  "psi", "omega", "", "a", "b", "ab", "ba", "name", "value", "next", "x", "y", "z",
  "a long key that is more than thirty two characters long",
  "another long key that is more than thirty two characters long, hashed by steps",
}
for n = 1, #words, 3 do
  local t = {}
  for i = 1, n do t[words[i]] = i end
  show("fwd" .. n, t)
  t = {}
  for i = n, 1, -1 do t[words[i]] = i end
  show("rev" .. n, t)
end
local t = {}
for i = 1, 200 do t["key" .. i] = i end
show("key200", t)
t = {}
for i = 1, 50 do t[string.char(64 + i % 60, 200 + i % 50)] = i end
show("bytes", t)
t = {alpha = 1, beta = 2, gamma = 3, delta = 4, epsilon = 5}
show("ctor5", t)
t = {alpha = 1, beta = 2, gamma = 3, delta = 4, epsilon = 5, zeta = 6, eta = 7, theta = 8,
  iota = 9}
show("ctor9", t)
t = {}
t.alpha = 1; t.beta = 2; t.gamma = 3; t.delta = 4; t.epsilon = 5
show("assign5", t)

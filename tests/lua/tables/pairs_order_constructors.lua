-- Table constructors pre-size the array and hash parts like OP_NEWTABLE (sizes rounded as
-- "floating point bytes"), so pairs order and # differ from tables built by assignment.
local function show(name, t)
  local ks = {}
  for k, v in pairs(t) do ks[#ks + 1] = tostring(k) .. "=" .. tostring(v) end
  print(name, #t, table.concat(ks, " "))
end
local function f(...) return ... end

show("list", {1, 2, 3})
show("listnil", {1, nil, 3})
show("trailnil", {1, 2, nil})
show("allnil", {nil, nil, nil})
show("mixed", {1, 2, 3, x = 1, y = 2})
show("keyedints", {[1] = "a", [2] = "b", [3] = "c"})
show("keyedfirst", {[1] = "a", "b"})
show("keyedfar", {[10] = 10, 1, 2})
show("multret", {f(1, 2, 3, 4, 5)})
show("multret0", {f()})
show("multretnil", {f(nil, nil, 3)})
show("prefixmulti", {1, 2, f(3, 4, 5, 6, 7, 8, 9, 10, 11)})
show("keyedmulti", {x = 1, f(1, 2, 3)})
show("truncated", {f(1, 2, 3), f(4, 5, 6)})
local big = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}
show("seventeen", big)
big[18] = 18
show("seventeen+1", big)
big[19] = 19
show("seventeen+2", big)
local h = {a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = 9, j = 10, k = 11,
  l = 12, m = 13, n = 14, o = 15, p = 16, q = 17}
show("hash17", h)
h.r = 18
show("hash17+1", h)
local e = {}
e[1] = 1; e[2] = 2; e[3] = 3; e.x = 1; e.y = 2
show("assigned", e)
local n = {n = 0}
for i = 1, 5 do n[i] = i; n.n = i end
show("counted", n)

-- pairs/next traversal order and # for many table shapes, as lua5.1 lays them out
-- (array part first, then hash nodes in index order): sequences, holes, mixed keys.
local function show(name, t)
  local ks = {}
  for k, v in pairs(t) do ks[#ks + 1] = tostring(k) .. "=" .. tostring(v) end
  print(name, #t, table.concat(ks, " "))
end

local t = {}
for i = 1, 10 do t[i] = i end
show("seq", t)
t = {}
for i = 10, 1, -1 do t[i] = i end
show("reverse", t)
t = {}
for i = 1, 20, 2 do t[i] = i end
show("odd", t)
t = {}
for i = 1, 20 do t[i * 3] = i end
show("sparse", t)
t = {}
t[1] = 1; t[2] = 2; t[4] = 4
show("gap4", t)
t = {}
t[1] = 1; t[2] = 2; t[3] = 3; t[5] = 5; t[6] = 6
show("gap5", t)
t = {}
for i = 1, 100 do t[i] = i end
for i = 1, 100, 3 do t[i] = nil end
show("thinned", t)
t = {}
for i = 1, 16 do t[i] = i end
t[17] = 17; t[40] = 40; t[33] = 33
show("beyond", t)
t = {}
for i = 1, 8 do t[i] = i end
for i = 8, 1, -1 do t[i] = nil; print("shrink", i, #t) end
t = {}
t.x = 1
for i = 1, 9 do t[i] = i end
t.y = 2
show("mixed1", t)
t = {}
for i = 1, 5 do t["k" .. i] = i; t[i] = -i end
show("mixed2", t)
t = {}
t[0] = "zero"; t[-1] = "neg"; t[-100] = "neg100"; t[1] = "one"; t[2] = "two"
show("nonpos", t)
t = {}
t[0.5] = 1; t[1.5] = 2; t[-2.25] = 3; t[1e10] = 4; t[2 ^ 53] = 5; t[1 / 3] = 6; t[1e300] = 7
t[-1e-300] = 8; t[3] = 9; t[1 / 0] = 10; t[-1 / 0] = 11; t[2 ^ 31] = 12; t[-2 ^ 31] = 13
show("floats", t)
t = {[true] = 1, [false] = 2, x = 3}
show("bools", t)
t = {}
t[2] = 2; t[1] = 1
show("twoone", t)
t = {}
t[3] = 3; t[2] = 2; t[1] = 1
show("threetwoone", t)
t = {}
t.a = 1; t.a = nil; t.b = 2
show("nilfirst", t)
t = {}
t.gone = nil
t.c = 3; t.d = 4
show("nilstore", t)

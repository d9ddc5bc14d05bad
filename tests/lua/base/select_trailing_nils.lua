-- select('#') counts trailing nils from calls, varargs, unpack with explicit
-- ranges and table constructors; negative indices count them too.
local function pass(...) return ... end
local function count(...) return select("#", ...) end
print(count(nil), count(nil, nil), count(pass(nil, nil, nil)), count(pass()))
print(count(unpack({1, nil, 3})), count(unpack({1, nil, 3}, 1, 5)), count(unpack({n = 4}, 1, 4)))
print(select(-1, 1, 2, nil), select(-2, 1, nil, nil), count(select(-3, 1, nil, nil)))
print(count(pass(1, nil), pass(2, nil)), count((pass(1, nil))), count(pass(1, nil), nil))
local function tail(...) return select(2, ...) end
print(count(tail(1, nil, nil)), count(tail(1)), count(tail()))
print(#{pass(1, 2, 3)}, #{pass(1, 2, 3), 4}, #{(pass(1, 2, 3))})
local t = {n = select("#", pass(1, nil, nil)), pass(1, nil, nil)}
print(t.n, t[1], t[2], t[3])
local function varargs_in_table(...) local a = {...} return #a, select("#", ...) end
print(varargs_in_table(1, 2, 3))
print(varargs_in_table())
local many = {}
for i = 1, 250 do many[i] = i end
print(count(unpack(many)), count(unpack(many, 100)), select(250, unpack(many)), select(-250, unpack(many)))

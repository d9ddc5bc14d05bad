-- rawget/rawset/rawequal bypass metamethods; their argument checks; 5.1 has
-- no rawlen; rawset rejects nil and NaN keys and returns its table.
print(rawlen, type(rawlen))
local log = {}
local mt = {
  __index = function(_, k) log[#log + 1] = "index " .. tostring(k); return "meta" end,
  __newindex = function(_, k) log[#log + 1] = "newindex " .. tostring(k) end,
  __eq = function() log[#log + 1] = "eq"; return true end,
}
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
print(a.x, rawget(a, "x"))
a.y = 1
print(rawget(a, "y"))
print(rawset(a, "y", 2) == a, rawget(a, "y"), a.y)
print(a == b, rawequal(a, b), rawequal(a, a))
print(table.concat(log, ","))
print(rawequal(1, 1.0), rawequal("1", 1), rawequal(nil, nil), rawequal(nil, false))
print(rawequal("ab", "a" .. "b"), rawequal(0, -0), rawequal(0/0, 0/0))
print(pcall(rawequal))
print(pcall(rawequal, 1))
print(pcall(rawget))
print(pcall(rawget, {}))
print(rawget({}, nil))
print(pcall(rawget, "s", 1))
print(pcall(rawset, {}, 1))
print(pcall(rawset, {}))
print(pcall(rawset, "s", 1, 2))
print(pcall(rawset, {}, nil, 1))
print(pcall(rawset, {}, 0/0, 1))
local t = {}
rawset(t, 1, "one")
rawset(t, 1.0, "uno")
rawset(t, "1", "str")
print(t[1], t["1"], #t)
rawset(t, 1, nil)
print(t[1], rawget(t, 1))
print(select("#", rawget({}, 1)), select("#", rawset({}, 1, 1)))
